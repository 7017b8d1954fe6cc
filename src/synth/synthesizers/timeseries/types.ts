// The JSON-safe parameters of a fitted timeseries synthesizer: entity copula, time model, channel models.
import type { ChannelTransform } from './channel-transform.ts';
import type { TimeseriesColumn } from './column-roles.ts';
import type { EntityCopulaParams } from './entity-copula.ts';
import type { MarkovParams } from './markov-chain.ts';
import type { PhaseClock } from './seasonal-profile.ts';
import type { TimeParams } from './time-model.ts';
import type { VarParams } from './var-model.ts';

export interface ContinuousChannelParams {
  /** Index of the channel's column in `columns`. */
  column: number;
  transform: ChannelTransform;
  min: number;
  max: number;
  integer: boolean;
  /** Model-space level of the average entity. */
  mean: number;
  /** Seasonal period in clock ticks (0 = none) and its profile. */
  period: number;
  profile: number[];
  /** Per discrete context (in `discreteContexts` order), a level offset per code. */
  contextOffsets: number[][];
  /** Per discrete channel (in `events` order), an offset per current state. */
  stateOffsets: number[][];
}

export interface DiscreteChannelParams extends MarkovParams {
  column: number;
}

export interface TimeseriesParams {
  version: 1;
  columns: TimeseriesColumn[];
  /** Column indices of the context columns, in copula order. */
  contextColumns: number[];
  /** Positions in `contextColumns` of the discrete contexts (they get level offsets and may condition events). */
  discreteContexts: number[];
  timeColumn: number | null;
  /**
   * Copula over: each context column, sequence length, then start and step when there is a time column, then the
   * level residual of each continuous channel, then the log scale of each continuous channel.
   */
  entities: EntityCopulaParams;
  time: TimeParams | null;
  phaseClock: PhaseClock;
  channels: ContinuousChannelParams[];
  dynamics: VarParams | null;
  events: DiscreteChannelParams[];
}
