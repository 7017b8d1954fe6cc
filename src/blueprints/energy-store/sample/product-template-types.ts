// The shape of a sample-catalogue template, and the brands and vehicle models templates draw from.
import type { EngineType, ProductCategory, VehicleType } from '../schemas/index.ts';

export interface Bilingual {
  ko: string;
  en: string;
}

export interface VariantTemplate {
  options: Record<string, string>;
  price: number;
}

/**
 * One kind of product. A template expands into one candidate per brand and per viscosity (oils) or per vehicle model
 * (model-specific parts); `{brand}`, `{viscosity}`, `{model}` and `{specs}` in the texts are filled in.
 */
export interface ProductTemplate {
  category: ProductCategory;
  name: Bilingual;
  description: Bilingual;
  brands: readonly Bilingual[];
  viscosities?: readonly string[];
  specs?: readonly string[];
  vehicleTypes?: readonly VehicleType[];
  engineTypes?: readonly EngineType[];
  /** Expand per vehicle model (floor mats, cabin filters…). */
  perModel?: boolean;
  variants: readonly VariantTemplate[];
  returnable?: boolean;
  details?: Record<string, string>;
}

export const ownBrand: Bilingual = { ko: '누리', en: 'Nuri' };

export const oilBrands: readonly Bilingual[] = [
  ownBrand,
  { ko: '한빛 루브', en: 'Hanbit Lube' },
  { ko: '에코젠', en: 'EcoGen' },
  { ko: '모터랩', en: 'MotorLab' },
  { ko: '블루웨이', en: 'Blueway' },
];

export const careBrands: readonly Bilingual[] = [
  { ko: '누리 케어', en: 'Nuri Care' },
  { ko: '샤인랩', en: 'ShineLab' },
  { ko: '클린웨이브', en: 'CleanWave' },
  { ko: '글로스원', en: 'GlossOne' },
  { ko: '아쿠아실드', en: 'AquaShield' },
];

export const accessoryBrands: readonly Bilingual[] = [
  { ko: '누리 오토', en: 'Nuri Auto' },
  { ko: '카리버', en: 'Cariver' },
  { ko: '드라이브핏', en: 'DriveFit' },
];

export { vehicleModels, type VehicleModel } from '../vehicle-models.ts';
