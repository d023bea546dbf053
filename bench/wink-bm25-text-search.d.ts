/** The part of wink-bm25-text-search's API the benchmark uses; the package ships no types. */
declare module "wink-bm25-text-search" {
  interface BM25Engine {
    defineConfig(config: { fldWeights: Record<string, number> }): boolean;
    definePrepTasks(tasks: Array<(input: string) => string[]>): number;
    addDoc(doc: Record<string, string>, id: number | string): number;
    consolidate(): boolean;
    /** `[id, score]` pairs, best first; 10 by default. */
    search(text: string, limit?: number): Array<[string, number]>;
  }
  export default function bm25(): BM25Engine;
}
