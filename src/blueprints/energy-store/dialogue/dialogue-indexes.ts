// Lookups the dialogue builds once per data version: customers by postcode (name + zip sign-in) and station areas (a gazetteer).
import { createGazetteer, type Gazetteer } from '../../../assistants/index.ts';
import { normalizeText } from '../../../models/builtin/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import { collections } from '../data-files.ts';
import type { Customer, Station } from '../schemas/index.ts';
import { areaStem } from '../tools/station-tools.ts';

export interface DialogueIndexes {
  /** Customers by five-digit postcode, each with its name as compared (no spaces, lower case). */
  customersByZip(): Map<string, { name: string; key: string }[]>;
  /** Cities and districts stations are in; an entry's id is the name to pass to find_stations. */
  stationAreas(): Gazetteer;
}

export const nameKey = (name: string): string =>
  normalizeText(name)
    .toLowerCase()
    .replace(/[\s.·-]+/gu, '');

/**
 * @example
 * const indexes = dialogueIndexes(records);
 * indexes.stationAreas().find('강남 세차장')[0]?.id; // '강남구'
 */
export function dialogueIndexes(records: RecordCollections): DialogueIndexes {
  let customers: { version: number; byZip: Map<string, { name: string; key: string }[]> } | undefined;
  let areas: { version: number; gazetteer: Gazetteer } | undefined;
  return {
    customersByZip() {
      const version = records.version(collections.customers);
      if (customers?.version !== version) {
        const byZip = new Map<string, { name: string; key: string }[]>();
        for (const customer of records.all<Customer>(collections.customers)) {
          const list = byZip.get(customer.address.zip) ?? [];
          list.push({ name: customer.name, key: nameKey(customer.name) });
          byZip.set(customer.address.zip, list);
        }
        customers = { version, byZip };
      }
      return customers.byZip;
    },
    stationAreas() {
      const version = records.version(collections.stations);
      if (areas?.version !== version) {
        const names = new Map<string, Set<string>>();
        const add = (id: string, ...aliases: string[]) => {
          const set = names.get(id) ?? new Set<string>();
          for (const alias of aliases) if (alias.trim()) set.add(alias);
          names.set(id, set);
        };
        for (const station of records.all<Station>(collections.stations)) {
          const { city, district } = station.address;
          // A district named like its city (세종시 in 세종특별자치시) is one place.
          add(city.ko, city.ko, city.en, areaStem(city.ko), areaStem(city.en));
          add(district.ko, district.ko, district.en, areaStem(district.ko), areaStem(district.en));
        }
        areas = { version, gazetteer: createGazetteer([...names].map(([id, aliases]) => ({ id, names: [...aliases] }))) };
      }
      return areas.gazetteer;
    },
  };
}
