export const COMMON_OPTIONS = `Options:
  --manifest FILE               the stage manifest (default model-stages.yaml)
  --json                        print the result as JSON
  -h, --help                    show this help`

const MOVE_OPTIONS = `  --validate CMD                validation command (overrides the manifest's)
  --validation-timeout SECONDS  stop the validation after this long
  --dry-run                     print the plan and the diff, write nothing`

export const COMMAND_HELP: Record<string, string> = {
  register: `model-stages register MODEL VERSION [--uri URI] [--description TEXT]
  Add a new version of MODEL in staging.
  --uri URI                     where the model artifact lives
  --description TEXT            free text about the version
${MOVE_OPTIONS}`,
  promote: `model-stages promote MODEL [VERSION] [--to production]
  Validate VERSION (default: the newest in staging) and move it to production,
  archiving the version it replaces. --to archived|staging archives or restores instead.
  --to STAGE                    target stage (default production)
${MOVE_OPTIONS}`,
  archive: `model-stages archive MODEL VERSION
  Move a staging or production version to archived.
${MOVE_OPTIONS}`,
  restore: `model-stages restore MODEL VERSION
  Move an archived version back to staging for re-testing.
${MOVE_OPTIONS}`,
  rollback: `model-stages rollback MODEL [VERSION]
  Put a version that was in production before back into production (validated again),
  archiving the current one. Without VERSION: the one that left production most recently.
${MOVE_OPTIONS}`,
  show: `model-stages show MODEL [VERSION] [--at COMMIT|DATE]
  Print the model's versions and what is in production (or the stage of VERSION).
  --at COMMIT|DATE              as the manifest was at a commit, or at a date (2026-03-01: its end)`,
  lint: `model-stages lint
  Check the manifest and print every problem as FILE:LINE:COL: message.`,
  check: `model-stages check [--base REV]
  Review the stage changes between REV (default HEAD) and the work tree as a pull request
  check would: every transition judged by the lifecycle rules, every version entering
  production validated.
  --base REV                    what to compare with (a commit, branch or tag)
  --validate CMD                validation command (overrides the manifest's)
  --validation-timeout SECONDS  stop the validation after this long`,
  history: `model-stages history [MODEL]
  Rebuild every stage transition from the manifest's git history: version, from -> to,
  commit, author, date and pull request.`
}

export const GENERAL_HELP = `model-stages: manage ML model lifecycle stages (staging -> production -> archived)
from a YAML manifest in your repository.

Usage: model-stages <command> [arguments] [options]

Commands:
  register MODEL VERSION      add a version in staging
  promote MODEL [VERSION]     validate and move to production (archives the current one)
  archive MODEL VERSION       move to archived
  restore MODEL VERSION       move an archived version back to staging
  rollback MODEL [VERSION]    bring a former production version back
  show MODEL [VERSION]        what is in production (--at COMMIT|DATE: then), every version's stage
  lint                        check the manifest
  check [--base REV]          review the stage changes since REV (default HEAD)
  history [MODEL]             every transition, read back from git

${COMMON_OPTIONS}

Exit codes: 0 done (a no-op included), 1 refused move or failed validation, 2 bad input.
Run 'model-stages <command> --help' for a command's options.`
