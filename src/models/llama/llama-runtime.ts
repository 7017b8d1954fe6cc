// Owns the llama.cpp engine and every loaded GGUF: loads each once on first use, shares it, unloads it when idle.
import { stat } from 'node:fs/promises';
import type { Llama, LlamaEmbeddingContext, LlamaModel } from 'node-llama-cpp';
import { describeError, modelLoadFailed } from './llama-error.ts';
import { modelLoadKey, type ResolvedLlamaSettings } from './llama-settings.ts';
import { LoadedLlamaModel, type ChatSlot } from './loaded-llama-model.ts';

export interface LlamaRuntimeOptions {
  idleUnloadMs: number;
  loadLlama: () => Promise<Llama>;
  /** Whether dispose() also disposes the engine (false when the caller handed one in). */
  ownsLlama: boolean;
}

/** What a request holds while it runs; `release` returns the slot and starts the idle clock when nobody else uses the model. */
export interface Lease<Slot> {
  llama: Llama;
  model: LlamaModel;
  slot: Slot;
  release: () => void;
}

const engineDisposeGraceMs = 2_000;

export class LlamaRuntime {
  private llama: Promise<Llama> | undefined;
  private readonly models = new Map<string, Promise<LoadedLlamaModel>>();
  private readonly unloading = new Map<string, Promise<void>>();

  constructor(private readonly options: LlamaRuntimeOptions) {}

  /** Paths of the models in memory now (loaded or loading). */
  loadedModelPaths(): string[] {
    return [...this.models.keys()].map((key) => (JSON.parse(key) as [string])[0]);
  }

  acquireChat(settings: ResolvedLlamaSettings, signal?: AbortSignal): Promise<Lease<ChatSlot>> {
    return this.acquire({ settings, signal, pool: (loaded) => loaded.chatPool(settings) });
  }

  acquireEmbedding(settings: ResolvedLlamaSettings, signal?: AbortSignal): Promise<Lease<LlamaEmbeddingContext>> {
    return this.acquire({ settings, signal, pool: (loaded) => loaded.embeddingContext(settings) });
  }

  async dispose(): Promise<void> {
    // node-llama-cpp frees memory on native threads that do not keep Node's event loop alive; hold it open until done,
    // or a process with nothing else to do exits with the dispose still pending.
    const keepAlive = setInterval(() => undefined, 1_000);
    try {
      await this.disposeEverything();
    } finally {
      clearInterval(keepAlive);
    }
  }

  private async disposeEverything(): Promise<void> {
    const loaded = [...this.models.values()];
    this.models.clear();
    for (const model of loaded) await model.then((entry) => entry.dispose()).catch(() => undefined);
    await Promise.all(this.unloading.values());
    const llama = this.llama;
    this.llama = undefined;
    if (!llama || !this.options.ownsLlama) return;
    // A GGUF that failed to load keeps a hold on the engine's dispose lock until the garbage collector finalises it
    // (node-llama-cpp 3.21), so engine.dispose() can wait forever; past a short grace, leave the rest to process exit.
    const engineDisposed = llama.then((engine) => engine.dispose()).catch(() => undefined);
    let grace: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([engineDisposed, new Promise((resolve) => (grace = setTimeout(resolve, engineDisposeGraceMs)))]);
    clearTimeout(grace);
  }

  private async acquire<Slot>(options: {
    settings: ResolvedLlamaSettings;
    signal: AbortSignal | undefined;
    pool: (loaded: LoadedLlamaModel) => Promise<{ acquire(signal?: AbortSignal): Promise<Slot>; release(slot: Slot): void }>;
  }): Promise<Lease<Slot>> {
    const loaded = await this.load(options.settings);
    const done = loaded.use(this.options.idleUnloadMs);
    try {
      const pool = await options.pool(loaded);
      const slot = await pool.acquire(options.signal);
      const llama = await this.engine(options.settings.path);
      return {
        llama,
        model: loaded.model,
        slot,
        release: () => {
          pool.release(slot);
          done();
        },
      };
    } catch (error) {
      done();
      throw error;
    }
  }

  private engine(path: string): Promise<Llama> {
    if (!this.llama) {
      const loading = this.options.loadLlama().catch((error: unknown) => {
        this.llama = undefined;
        throw modelLoadFailed({ path, reason: `llama.cpp could not start: ${describeError(error)}`, cause: error });
      });
      this.llama = loading;
    }
    return this.llama;
  }

  private load(settings: ResolvedLlamaSettings): Promise<LoadedLlamaModel> {
    const key = modelLoadKey(settings);
    let loaded = this.models.get(key);
    if (!loaded) {
      loaded = this.loadModel(key, settings);
      this.models.set(key, loaded);
      // A failed load is forgotten, so fixing the file and retrying works without a restart.
      loaded.catch(() => this.models.get(key) === loaded && this.models.delete(key));
    }
    return loaded;
  }

  private async loadModel(key: string, settings: ResolvedLlamaSettings): Promise<LoadedLlamaModel> {
    // Wait for an idle unload of the same file, so two copies are never in memory at once.
    await this.unloading.get(key);
    const { path } = settings;
    const file = await stat(path).catch(() => undefined);
    if (!file) throw modelLoadFailed({ path, reason: 'the file does not exist.' });
    if (!file.isFile()) throw modelLoadFailed({ path, reason: 'it is not a file.' });
    const llama = await this.engine(path);
    const model = await llama.loadModel({ modelPath: path, gpuLayers: settings.gpuLayers }).catch((error: unknown) => {
      throw modelLoadFailed({ path, reason: `${describeError(error)} (is it a valid GGUF file?)`, cause: error });
    });
    return new LoadedLlamaModel(path, model, (idle) => this.unloadIdle(key, idle));
  }

  private unloadIdle(key: string, idle: LoadedLlamaModel): void {
    void this.models.get(key)?.then((current) => {
      if (current !== idle || idle.disposed || idle.inUse) return;
      this.models.delete(key);
      const unloading = idle.dispose().catch(() => undefined);
      this.unloading.set(key, unloading);
      void unloading.then(() => this.unloading.get(key) === unloading && this.unloading.delete(key));
    });
  }
}
