/** Helpers of the Word simulator tests (simulator-core, -controls, -xml-events): the error a batch fails with. */
import { SimulatedOfficeError, type SimulatedWord } from "../../src/simulator";

/** The SimulatedOfficeError `promise` rejects with; any other error, or none, fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<SimulatedOfficeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SimulatedOfficeError) return error;
    throw error;
  }
  throw new Error("expected the promise to reject");
}

/** The error of one batch on `sim` that queues what `queue` queues and then syncs once (the sync must fail). */
export function syncError(sim: SimulatedWord, queue: (context: Word.RequestContext) => void): Promise<SimulatedOfficeError> {
  return rejection(
    sim.run(async (context) => {
      queue(context);
      await context.sync();
    }),
  );
}
