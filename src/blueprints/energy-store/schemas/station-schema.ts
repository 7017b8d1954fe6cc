// One record of stations.json: a filling / charging station with its bilingual address, services and today's prices.
import { z } from 'zod';
import { bilingualTextSchema, idSchema, wonSchema, zipSchema } from './shared-schemas.ts';

export const stationServices = [
  '24h',
  'self-service',
  'car-wash',
  'ev-fast-charging',
  'ev-slow-charging',
  'convenience-store',
  'maintenance',
  'lpg',
  'hydrogen',
] as const;
export type StationService = (typeof stationServices)[number];

export const stationSchema = z
  .object({
    stationId: idSchema,
    name: bilingualTextSchema,
    address: z.object({
      ko: z.string().min(1),
      en: z.string().min(1),
      zip: zipSchema,
      city: bilingualTextSchema,
      district: bilingualTextSchema,
    }),
    coordinates: z.object({ lat: z.number().min(33).max(39), lon: z.number().min(124).max(132) }),
    services: z.array(z.enum(stationServices)),
    /** KRW per litre (fuels), per kWh (EV) and per kg (hydrogen). */
    prices: z.object({
      gasoline: wonSchema.optional(),
      premiumGasoline: wonSchema.optional(),
      diesel: wonSchema.optional(),
      lpg: wonSchema.optional(),
      evPerKwh: wonSchema.optional(),
      hydrogenPerKg: wonSchema.optional(),
    }),
  })
  .superRefine((station, context) => {
    // A service the station advertises must come with its price, or the assistant would quote nothing.
    const required: [StationService, keyof typeof station.prices][] = [
      ['lpg', 'lpg'],
      ['ev-fast-charging', 'evPerKwh'],
      ['hydrogen', 'hydrogenPerKg'],
    ];
    for (const [service, price] of required)
      if (station.services.includes(service) && station.prices[price] === undefined)
        context.addIssue({ code: 'custom', path: ['prices', price], message: `required when the station offers '${service}'` });
  });

export type Station = z.output<typeof stationSchema>;
