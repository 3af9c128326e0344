/** The CLI's real I/O on Node: process streams, the file system with atomic writes, the local date. */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { localIsoDate } from "../domain/dates";

export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    readFile: async (path) => {
      try {
        return new Uint8Array(await fs.readFile(path));
      } catch (error) {
        throw new CliError("InputUnreadable", `Cannot read ${path}: ${describe(error)}`);
      }
    },
    writeFileAtomic,
    samePath: (a, b) => resolve(a) === resolve(b),
    today: () => localIsoDate(new Date()),
  };
}

/**
 * Writes next to the target and renames over it, so a reader never sees a half-written file.
 * A file written over (--in-place) keeps its permissions.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const existing = await fs.stat(path).catch(() => null);
    await fs.writeFile(temporary, bytes, { flag: "wx" });
    if (existing) await fs.chmod(temporary, existing.mode & 0o777);
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw new CliError("OutputUnwritable", `Cannot write ${path}: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a folder";
  return error instanceof Error ? error.message : String(error);
}
