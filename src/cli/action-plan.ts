/** Process entry of the `action-plan` command (bin/action-plan loads this through tsx). */
import { main } from "./main";
import { nodeIo } from "./node-io";

void main(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
