// The manufacturing-sensors dataset: hourly readings of machines on three lines, with drifts that end in rare failures.
import type { RawTable } from '../table/types.ts';
import { seededRandom } from '../../core/seeded-random.ts';
import { formatDateTime, millisecondsPerHour } from './calendar-format.ts';
import { machineModels, productionLines, type MachineModel, type ProductionLine } from './machine-models.ts';
import { clamp, cumulativeWeights, deriveSeed, integerBetween, padNumber, pickIndex, type Random } from './random-tools.ts';
import { standardNormal } from '../stats/index.ts';

export const sensorColumns = ['machine_id', 'line', 'model', 'timestamp', 'temperature', 'vibration', 'pressure', 'rpm', 'failure'];

// Logging starts on Monday 3 March 2025, 00:00 (plant local time); each machine joins within the first three days.
const logStart = Date.UTC(2025, 2, 3);
const lineWeights = cumulativeWeights([1, 1, 1]);

interface Machine {
  id: string;
  line: ProductionLine;
  model: MachineModel;
  hours: number;
  startHour: number;
  /** Hour indexes (within the series) of failures, the hours of drift before each and how sharply it rises. */
  failures: { hour: number; drift: number; severity: number }[];
  offsets: { temperature: number; vibration: number; pressure: number; rpm: number };
}

function drawFailures(random: Random, hours: number): Machine['failures'] {
  // Roughly 45% of machines fail once in the window, a few twice; a failure needs a 96 h run-up to show its drift.
  const failures: Machine['failures'] = [];
  if (hours < 100 || random() >= 0.45) return failures;
  const wanted = random() < 0.2 ? 2 : 1;
  for (let attempt = 0; attempt < 10 && failures.length < wanted; attempt += 1) {
    const hour = integerBetween(random, { minimum: 96, maximum: hours - 1 });
    if (failures.every((failure) => Math.abs(failure.hour - hour) >= 150))
      failures.push({ hour, drift: integerBetween(random, { minimum: 24, maximum: 72 }), severity: 0.8 + 1.2 * random() });
  }
  return failures.sort((left, right) => left.hour - right.hour);
}

function drawMachine(random: Random, index: number): Machine {
  const line = productionLines[pickIndex(random, lineWeights)] ?? productionLines[0]!;
  const model = machineModels[pickIndex(random, cumulativeWeights(line.modelWeights))] ?? machineModels[0]!;
  const hours = Math.round(clamp(336 + 60 * standardNormal(random), { minimum: 200, maximum: 500 }));
  return {
    id: `M-${padNumber(index + 1, 3)}`,
    line,
    model,
    hours,
    startHour: integerBetween(random, { minimum: 0, maximum: 72 }),
    failures: drawFailures(random, hours),
    offsets: {
      temperature: 1.5 * standardNormal(random),
      vibration: Math.exp(0.12 * standardNormal(random)),
      pressure: 1 + 0.03 * standardNormal(random),
      rpm: 1 + 0.02 * standardNormal(random),
    },
  };
}

/** Progress (0 … 1] through the drift before the next failure and its severity; progress 0 outside a drift. */
function driftAt(machine: Machine, hour: number): { progress: number; severity: number } {
  for (const failure of machine.failures) {
    const start = failure.hour - failure.drift;
    if (hour > start && hour <= failure.hour) return { progress: (hour - start) / failure.drift, severity: failure.severity };
  }
  return { progress: 0, severity: 0 };
}

function machineRows(random: Random, machine: Machine): string[][] {
  const { model, line, offsets } = machine;
  const rows: string[][] = [];
  // AR(1) noise: sensors wander, they do not jump from hour to hour.
  const noise = { temperature: 0, vibration: 0, pressure: 0, rpm: 0 };
  const failureHours = new Set(machine.failures.map((failure) => failure.hour));
  for (let hour = 0; hour < machine.hours; hour += 1) {
    const time = logStart + (machine.startHour + hour) * millisecondsPerHour;
    const date = new Date(time);
    const clock = date.getUTCHours();
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    // Day shift runs hardest (peak mid-afternoon), the night shift lightest; weekends run at reduced output.
    const load = (0.8 + 0.2 * Math.cos((2 * Math.PI * (clock - 15)) / 24)) * line.load * (weekend ? 0.85 : 1);
    const ambient = 2 * Math.cos((2 * Math.PI * (clock - 15)) / 24) + line.ambient;
    noise.temperature = 0.85 * noise.temperature + 0.6 * standardNormal(random);
    noise.vibration = 0.8 * noise.vibration + 0.06 * standardNormal(random);
    noise.pressure = 0.8 * noise.pressure + 0.01 * standardNormal(random);
    noise.rpm = 0.7 * noise.rpm + 0.008 * standardNormal(random);
    const { progress, severity } = driftAt(machine, hour);
    const temperature =
      model.temperature + offsets.temperature + ambient + 12 * (load - 0.8) + noise.temperature + 5 * severity * progress ** 1.5;
    const vibration =
      model.vibration * offsets.vibration * line.wear * (0.85 + 0.2 * load) * Math.exp(noise.vibration) * (1 + severity * progress ** 2);
    const pressure = model.pressure * offsets.pressure * (0.95 + 0.06 * load) * (1 + noise.pressure) * (1 - 0.05 * progress);
    const rpm = model.rpm * offsets.rpm * (0.85 + 0.15 * load) * (1 + noise.rpm) * (1 - 0.03 * progress);
    rows.push([
      machine.id,
      line.name,
      model.name,
      formatDateTime(time),
      temperature.toFixed(1),
      Math.max(0.05, vibration).toFixed(2),
      pressure.toFixed(2),
      String(Math.round(rpm)),
      failureHours.has(hour) ? 'true' : 'false',
    ]);
  }
  return rows;
}

/**
 * `machines` hourly series of 200–500 steps each (about 336 on average), rows grouped by machine in time order.
 * @example
 * generateSensorReadings({ machines: 5, seed: 1 }).rows[0]; // ['M-001', 'A', 'CNC-5100', '2025-03-03 05:00:00', '63.2', …]
 */
export function generateSensorReadings(options: { machines: number; seed: number }): RawTable {
  const random = seededRandom(deriveSeed(options.seed, 'manufacturing-sensors'));
  const rows: string[][] = [];
  for (let index = 0; index < options.machines; index += 1) {
    for (const row of machineRows(random, drawMachine(random, index))) rows.push(row);
  }
  return { columns: [...sensorColumns], rows };
}
