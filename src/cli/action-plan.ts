/** Process entry of the `action-plan` command: compiled to build/cli/action-plan.mjs (scripts/build-cli.mjs), which bin/action-plan runs. */
import { main } from "./main";
import { nodeIo } from "./node-io";

void main(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
