// Machine models and production lines of the sensor dataset: each model's normal operating levels, each line's conditions.

export interface MachineModel {
  name: string;
  /** Housing temperature (°C), vibration velocity RMS (mm/s, ISO 10816 scale), hydraulic or coolant pressure (bar), shaft speed (rpm) at full load. */
  temperature: number;
  vibration: number;
  pressure: number;
  rpm: number;
}

export const machineModels: readonly MachineModel[] = [
  { name: 'CNC-5100', temperature: 61, vibration: 2.6, pressure: 7, rpm: 9000 },
  { name: 'HX-200', temperature: 52, vibration: 1.8, pressure: 140, rpm: 1450 },
  { name: 'PMP-75', temperature: 45, vibration: 3.1, pressure: 4.5, rpm: 2950 },
];

export interface ProductionLine {
  name: 'A' | 'B' | 'C';
  /** Extra ambient heat (°C): line C sits next to the furnaces. */
  ambient: number;
  /** Multiplies the production load. */
  load: number;
  /** Multiplies vibration: older mounts on line C. */
  wear: number;
  /** Weights of `machineModels` on this line. */
  modelWeights: readonly [number, number, number];
}

export const productionLines: readonly ProductionLine[] = [
  { name: 'A', ambient: 0, load: 1, wear: 1, modelWeights: [0.6, 0.1, 0.3] },
  { name: 'B', ambient: 1.5, load: 0.95, wear: 1, modelWeights: [0.15, 0.6, 0.25] },
  { name: 'C', ambient: 3, load: 1.05, wear: 1.1, modelWeights: [0.35, 0.35, 0.3] },
];
