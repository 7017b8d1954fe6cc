// One GGUF loaded in memory with its contexts; counts the requests using it so it can unload itself when idle.
import type { ChatWrapper, LlamaChat, LlamaContextSequence, LlamaEmbeddingContext, LlamaModel } from 'node-llama-cpp';
import { SlotPool } from './slot-pool.ts';
import { contextKey, type ResolvedLlamaSettings } from './llama-settings.ts';
import { describeError, modelLoadFailed } from './llama-error.ts';
import { loadNodeLlamaCpp } from './load-node-llama-cpp.ts';

/** A context sequence and the LlamaChat bound to it; reusing both keeps the KV cache of a shared prompt prefix. */
export interface ChatSlot {
  chat: LlamaChat;
  sequence: LlamaContextSequence;
}

// Without a setting, take what fits in memory up to 4096 tokens per sequence: enough for chat, modest for RAM.
const defaultContextSize = { max: 4096 } as const;

export class LoadedLlamaModel {
  private readonly chatPools = new Map<string, Promise<SlotPool<ChatSlot>>>();
  private readonly disposers: Array<() => Promise<void>> = [];
  private embeddingPool: Promise<SlotPool<LlamaEmbeddingContext>> | undefined;
  private chatWrapper: ChatWrapper | undefined;
  private active = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  disposed = false;

  constructor(
    readonly path: string,
    readonly model: LlamaModel,
    private readonly onIdle: (model: LoadedLlamaModel) => void,
  ) {}

  get inUse(): boolean {
    return this.active > 0;
  }

  /** Marks the model busy; the returned function marks it free again (call it exactly once). */
  use(idleUnloadMs: number): () => void {
    this.active += 1;
    clearTimeout(this.idleTimer);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= 1;
      if (this.active > 0 || this.disposed) return;
      this.idleTimer = setTimeout(() => this.active === 0 && this.onIdle(this), idleUnloadMs);
      // An idle timer alone must not keep a CLI process alive.
      this.idleTimer.unref();
    };
  }

  chatPool(settings: ResolvedLlamaSettings): Promise<SlotPool<ChatSlot>> {
    const key = contextKey(settings);
    let pool = this.chatPools.get(key);
    if (!pool) {
      pool = this.createChatPool(settings);
      this.chatPools.set(key, pool);
      pool.catch(() => this.chatPools.delete(key));
    }
    return pool;
  }

  embeddingContext(settings: ResolvedLlamaSettings): Promise<SlotPool<LlamaEmbeddingContext>> {
    if (!this.embeddingPool) {
      const creating = this.model
        .createEmbeddingContext({
          contextSize: settings.contextSize ?? defaultContextSize,
          ...(settings.threads === undefined ? {} : { threads: settings.threads }),
        })
        .then((context) => {
          this.disposers.push(() => context.dispose());
          // One slot: an embedding context evaluates one text at a time on its single sequence.
          return new SlotPool([context]);
        })
        .catch((error: unknown) => {
          this.embeddingPool = undefined;
          throw modelLoadFailed({ path: this.path, reason: `no embedding context: ${describeError(error)}`, cause: error });
        });
      this.embeddingPool = creating;
    }
    return this.embeddingPool;
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    clearTimeout(this.idleTimer);
    for (const dispose of this.disposers.splice(0)) await dispose().catch(() => undefined);
    await this.model.dispose();
  }

  private async createChatPool(settings: ResolvedLlamaSettings): Promise<SlotPool<ChatSlot>> {
    const { LlamaChat } = await loadNodeLlamaCpp();
    try {
      const context = await this.model.createContext({
        contextSize: settings.contextSize ?? defaultContextSize,
        sequences: settings.parallel,
        ...(settings.threads === undefined ? {} : { threads: settings.threads }),
      });
      this.disposers.push(() => context.dispose());
      const slots: ChatSlot[] = [];
      for (let index = 0; index < settings.parallel; index += 1) {
        const sequence = context.getSequence();
        // Resolving the wrapper parses the GGUF's Jinja template (hundreds of ms); do it once per model and share it.
        const chat = new LlamaChat({ contextSequence: sequence, chatWrapper: this.chatWrapper ?? 'auto' });
        this.chatWrapper ??= chat.chatWrapper;
        slots.push({ sequence, chat });
      }
      return new SlotPool(slots);
    } catch (error) {
      throw modelLoadFailed({ path: this.path, reason: `no context of the requested size: ${describeError(error)}`, cause: error });
    }
  }
}
