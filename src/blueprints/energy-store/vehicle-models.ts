// Popular vehicle models on Korean roads with their English names: sample parts are made for them and search knows both names.
import type { EngineType, VehicleType } from './schemas/index.ts';

export interface VehicleModel {
  ko: string;
  en: string;
  type: VehicleType;
  engine: EngineType;
}

/** Popular models on Korean roads. */
export const vehicleModels: readonly VehicleModel[] = [
  { ko: '아반떼', en: 'Avante', type: 'passenger-car', engine: 'gasoline' },
  { ko: '쏘나타', en: 'Sonata', type: 'passenger-car', engine: 'gasoline' },
  { ko: '그랜저', en: 'Grandeur', type: 'passenger-car', engine: 'hybrid' },
  { ko: 'K5', en: 'K5', type: 'passenger-car', engine: 'lpg' },
  { ko: 'K8', en: 'K8', type: 'passenger-car', engine: 'hybrid' },
  { ko: '모닝', en: 'Morning', type: 'passenger-car', engine: 'gasoline' },
  { ko: '레이', en: 'Ray', type: 'passenger-car', engine: 'gasoline' },
  { ko: '캐스퍼', en: 'Casper', type: 'suv', engine: 'gasoline' },
  { ko: '코나', en: 'Kona', type: 'suv', engine: 'gasoline' },
  { ko: '투싼', en: 'Tucson', type: 'suv', engine: 'diesel' },
  { ko: '스포티지', en: 'Sportage', type: 'suv', engine: 'hybrid' },
  { ko: '쏘렌토', en: 'Sorento', type: 'suv', engine: 'diesel' },
  { ko: '싼타페', en: 'Santa Fe', type: 'suv', engine: 'diesel' },
  { ko: '팰리세이드', en: 'Palisade', type: 'suv', engine: 'diesel' },
  { ko: '토레스', en: 'Torres', type: 'suv', engine: 'gasoline' },
  { ko: '카니발', en: 'Carnival', type: 'van', engine: 'diesel' },
  { ko: '스타리아', en: 'Staria', type: 'van', engine: 'diesel' },
  { ko: '포터', en: 'Porter', type: 'truck', engine: 'diesel' },
  { ko: '봉고', en: 'Bongo', type: 'truck', engine: 'diesel' },
  { ko: '제네시스 G80', en: 'Genesis G80', type: 'passenger-car', engine: 'gasoline' },
  { ko: '제네시스 GV70', en: 'Genesis GV70', type: 'suv', engine: 'gasoline' },
  { ko: '아이오닉 5', en: 'Ioniq 5', type: 'suv', engine: 'electric' },
  { ko: '아이오닉 6', en: 'Ioniq 6', type: 'passenger-car', engine: 'electric' },
  { ko: 'EV6', en: 'EV6', type: 'suv', engine: 'electric' },
  { ko: 'EV9', en: 'EV9', type: 'suv', engine: 'electric' },
  { ko: '테슬라 모델 3', en: 'Tesla Model 3', type: 'passenger-car', engine: 'electric' },
  { ko: '테슬라 모델 Y', en: 'Tesla Model Y', type: 'suv', engine: 'electric' },
];
