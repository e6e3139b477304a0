import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9771:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   o: () => (/* binding */ readManifestFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _manifest_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1905);



async function readManifestFile(absolutePath, displayName) {
    try {
        return await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(absolutePath, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'no such file (set the manifest path with --manifest or the manifest input)'
            : String(error);
        throw new _manifest_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestError */ .Sh([
            { file: displayName, line: 1, column: 1, message: `cannot read the manifest: ${why}` }
        ]);
    }
}
/** Writes through a temporary file in the same folder and a rename: readers see the old or the new file, never half. */
async function writeFileAtomic(absolutePath, text) {
    // node:crypto is loaded here, not at start: most commands never write.
    const { randomBytes } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7598, 23));
    const folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolutePath);
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(absolutePath)}.${randomBytes(6).toString('hex')}.tmp`);
    const mode = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises
        .stat(absolutePath)
        .then(stat => stat.mode & 0o777)
        .catch(() => 0o644);
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(temporary, 'w', mode);
    try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(temporary, absolutePath);
    }
    catch (error) {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(temporary, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2528);

// Output into a closed pipe (`model-stages status | head -1`) ends quietly: the reader has all it wanted.
for (const stream of [process.stdout, process.stderr])
    stream.on('error', error => {
        if (error.code === 'EPIPE')
            process.exit(0);
        throw error;
    });
process.exitCode = await (0,_cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    cwd: process.cwd(),
    out: text => process.stdout.write(text),
    err: text => process.stderr.write(text)
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1506:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   We: () => (/* binding */ parseArguments),
/* harmony export */   cz: () => (/* binding */ optionsOf),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   fH: () => (/* binding */ COMMAND_SPECS)
/* harmony export */ });
/* unused harmony exports COMMON_OPTIONS, knownCommand */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _manifest_closest_word_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1755);
/* harmony import */ var _commands_request_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9843);



/** A wrong command line: exit 2, with the fix. */
class UsageError extends Error {
    name = 'UsageError';
}
const MANIFEST = {
    type: 'string',
    placeholder: 'FILE',
    help: 'the stage manifest (default: model-stages.yaml at the repository root)'
};
const JSON_OUTPUT = { type: 'boolean', help: 'print the result, or the error, as JSON on stdout' };
const HELP = { type: 'boolean', help: 'show this help' };
const VALIDATE = {
    type: 'string',
    placeholder: 'CMD',
    help: "validation command (overrides the manifest's)"
};
const TIMEOUT = {
    type: 'string',
    placeholder: 'SECONDS',
    help: 'stop the validation after this long (and fail)'
};
const DRY_RUN = { type: 'boolean', help: 'print the plan and the diff; write nothing' };
const COMMIT = {
    type: 'boolean',
    help: 'commit the manifest change, with the message and Model-Stage trailers the action writes'
};
/** Options every command takes. */
const COMMON_OPTIONS = {
    manifest: MANIFEST,
    json: JSON_OUTPUT,
    help: HELP
};
const WRITE_OPTIONS = { 'dry-run': DRY_RUN, commit: COMMIT };
const OVERRIDE_OPTIONS = {
    force: { type: 'boolean', help: 'override the soak and the metric gates (never the validation command)' },
    reason: {
        type: 'string',
        placeholder: 'TEXT',
        help: 'why --force: recorded as a Model-Stage-Override trailer (required with --force)'
    }
};
const VALIDATION_OPTIONS = { validate: VALIDATE, 'validation-timeout': TIMEOUT };
const COMMAND_SPECS = {
    init: {
        positionals: [],
        summary: 'write a new, commented manifest',
        details: 'Writes model-stages.yaml (or --manifest) with version: 1, and refuses to overwrite one.',
        options: {
            model: { type: 'string', placeholder: 'NAME', help: 'declare a first model (no versions yet)' },
            validate: {
                type: 'string',
                placeholder: 'CMD',
                help: 'defaults.validate: the command a version must pass to enter production'
            }
        }
    },
    register: {
        positionals: ['MODEL', 'VERSION'],
        summary: 'add a version in staging',
        details: 'Adds VERSION of MODEL in staging (MODEL is declared if it is new).',
        options: {
            uri: { type: 'string', placeholder: 'URI', help: 'where the model artifact lives' },
            description: { type: 'string', placeholder: 'TEXT', help: 'free text about the version' },
            metric: { type: 'string', multiple: true, placeholder: 'NAME=NUMBER', help: 'a metric (repeatable)' },
            meta: {
                type: 'string',
                multiple: true,
                placeholder: 'KEY=VALUE',
                help: 'a metadata entry (repeatable)'
            },
            ...WRITE_OPTIONS
        }
    },
    promote: {
        positionals: ['MODEL', '[VERSION]'],
        summary: 'validate a version and move it to the next stage (archives the one it replaces)',
        details: 'Validates VERSION and moves it to its next stage (production, without a stages: list), archiving\n' +
            'the version it replaces in an exclusive stage. Without VERSION: the newest in the stage before\n' +
            '--to (default: the last stage). --to archived|staging archives or restores instead. A stage with\n' +
            'a soak takes a version only after that long in its current stage; --force --reason overrides the\n' +
            'soak and the metric gates, and the commit records it.',
        options: {
            to: {
                type: 'string',
                placeholder: 'STAGE',
                help: "target stage (default: the version's next stage, else the last)"
            },
            ...OVERRIDE_OPTIONS,
            ...VALIDATION_OPTIONS,
            ...WRITE_OPTIONS
        }
    },
    evaluate: {
        positionals: ['[MODEL]'],
        summary: "validate every model's newest staging version and promote those that pass",
        details: 'For each model (or MODEL), validates its newest staging version and promotes it when it passes;\n' +
            'a candidate that fails stays in staging and is reported (exit 0: evaluation is not a gate).',
        options: { ...VALIDATION_OPTIONS, ...WRITE_OPTIONS }
    },
    archive: {
        positionals: ['MODEL', 'VERSION'],
        summary: 'move a version to archived',
        details: 'Moves a staging or production version to archived.',
        options: { ...WRITE_OPTIONS }
    },
    restore: {
        positionals: ['MODEL', 'VERSION'],
        summary: 'move an archived version back to staging',
        details: 'Moves an archived version back to staging for re-testing.',
        options: { ...WRITE_OPTIONS }
    },
    rollback: {
        positionals: ['MODEL', '[VERSION]'],
        summary: 'bring a former production version back',
        details: 'Puts a version that was in production (or --to, an exclusive stage) before back into it, validated\n' +
            'again, archiving the current one. Without VERSION: the one that left that stage most recently.',
        options: {
            to: { type: 'string', placeholder: 'STAGE', help: 'exclusive stage (default: the last stage)' },
            ...OVERRIDE_OPTIONS,
            ...VALIDATION_OPTIONS,
            ...WRITE_OPTIONS
        }
    },
    check: {
        positionals: [],
        summary: 'review the stage changes since REV (default HEAD)',
        details: 'Reviews the stage changes between REV and the work tree as a pull request check would: every\n' +
            'transition judged by the lifecycle rules, every version entering production validated.',
        options: {
            base: { type: 'string', placeholder: 'REV', help: 'what to compare with (a commit, branch or tag)' },
            ...VALIDATION_OPTIONS
        }
    },
    show: {
        positionals: ['MODEL', '[VERSION]'],
        summary: "a model's versions, what is in production, and each version's details",
        details: "Prints the model's versions and what is in production (or everything about VERSION).",
        options: {
            at: {
                type: 'string',
                placeholder: 'COMMIT|DATE',
                help: 'as the manifest was at a commit or a date git understands (2026-03-01, yesterday)'
            }
        }
    },
    status: {
        positionals: [],
        summary: 'every model: production version, newest candidate, versions per stage',
        details: 'One row per model: its production version, newest staging candidate and counts per stage.',
        options: {}
    },
    lint: {
        positionals: [],
        summary: 'check the manifest',
        details: 'Checks the manifest and prints every problem as FILE:LINE:COL: message.',
        options: {}
    },
    history: {
        positionals: ['[MODEL]'],
        summary: 'every transition, read back from git',
        details: "Rebuilds every stage transition from the manifest's git history: version, from -> to, commit,\n" +
            'author, date and pull request.',
        options: {}
    },
    changes: {
        positionals: ['[MODEL]'],
        summary: 'the stage transitions between two revisions (for deploy jobs)',
        details: 'Lists the stage transitions between --from (default HEAD~1) and --to (default HEAD). With MODEL,\n' +
            'also says whether its production version changed, and what is in production at --to.',
        options: {
            from: { type: 'string', placeholder: 'REV', help: 'the older revision (default HEAD~1)' },
            to: { type: 'string', placeholder: 'REV', help: 'the newer revision (default HEAD)' }
        }
    }
};
function optionsOf(command) {
    return { ...COMMAND_SPECS[command].options, ...COMMON_OPTIONS };
}
function didYouMean(word, candidates) {
    const guess = (0,_manifest_closest_word_js__WEBPACK_IMPORTED_MODULE_2__/* .closestWord */ .E)(word, candidates);
    return guess ? ` (did you mean ${guess}?)` : '';
}
function knownCommand(name) {
    if (_commands_request_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo.includes(name))
        return name;
    throw new UsageError(`unknown command ${JSON.stringify(name)}${didYouMean(name, [..._commands_request_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo, 'help'])}; ` +
        `the commands are ${_commands_request_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo.join(', ')}, help`);
}
function optionList(command) {
    return Object.keys(optionsOf(command))
        .map(name => `--${name}`)
        .join(', ');
}
/** A command's options as node:util's parseArgs takes them; -h is help, as for every command. */
function parseArgsOptions(options) {
    return Object.fromEntries(Object.entries(options).map(([name, spec]) => [
        name,
        { type: spec.type, multiple: spec.multiple === true, ...(name === 'help' ? { short: 'h' } : {}) }
    ]));
}
function unknownOption(command, raw, name) {
    const options = optionsOf(command);
    if (!raw.startsWith('--'))
        return new UsageError(`unknown option ${raw} for ${command}; ${command} takes ${optionList(command)}`);
    const elsewhere = _commands_request_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo.filter(other => other !== command && COMMAND_SPECS[other].options[name]);
    const where = elsewhere.length > 0 ? ` (it is an option of ${elsewhere.join(', ')})` : '';
    return new UsageError(`unknown option --${name} for ${command}${didYouMean(name, Object.keys(options)) || where}; ` +
        `${command} takes ${optionList(command)}`);
}
/**
 * Reads argv strictly: each command takes its own options, and anything else says what it takes instead.
 * node:util's parseArgs reads the command line (`--name value`, `--name=value`, `-h`, `--`); it runs without its
 * own strict mode, whose errors cannot name the fix (the option meant, the command that has it), and the rules
 * are checked here on its tokens, in order: a known option, a value for a string option (not the next option), none
 * for a flag, and a single-valued option given once.
 */
function parseArguments(argv) {
    const [first, ...rest] = argv;
    if (first === undefined)
        return { kind: 'help' };
    if (first === '--version' || first === '-V')
        return { kind: 'version' };
    if (first === '--help' || first === '-h')
        return { kind: 'help' };
    if (first === 'help') {
        if (rest.length > 1)
            throw new UsageError('help takes at most one command');
        return { kind: 'help', command: rest[0] === undefined ? undefined : knownCommand(rest[0]) };
    }
    if (first.startsWith('-'))
        throw new UsageError(`expected a command before ${first}; the commands are ${_commands_request_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo.join(', ')}`);
    const command = knownCommand(first);
    const options = optionsOf(command);
    const { values, positionals, tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: [...rest],
        options: parseArgsOptions(options),
        strict: false,
        allowPositionals: true,
        tokens: true
    });
    const seen = new Set();
    for (const token of tokens) {
        if (token.kind !== 'option')
            continue;
        const { name, rawName } = token;
        const spec = options[name];
        // A short option is named as written: -abc, not the -a parseArgs reads first in it.
        if (!spec)
            throw unknownOption(command, rawName.startsWith('--') ? rawName : (rest[token.index] ?? rawName), name);
        if (spec.type === 'boolean') {
            if (token.value !== undefined)
                throw new UsageError(`--${name} takes no value`);
            continue;
        }
        if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--')))
            throw new UsageError(`--${name} needs a value: --${name} ${spec.placeholder ?? 'VALUE'}`);
        if (!spec.multiple && seen.has(name))
            throw new UsageError(`--${name} is given twice`);
        seen.add(name);
    }
    if (values.help === true)
        return { kind: 'help', command };
    const spec = COMMAND_SPECS[command];
    const required = spec.positionals.filter(name => !name.startsWith('[')).length;
    if (positionals.length < required || positionals.length > spec.positionals.length) {
        const usage = `model-stages ${command} ${spec.positionals.join(' ')}`.trimEnd();
        throw new UsageError(`wrong number of arguments for ${command}: expected ${usage}, got ${positionals.length === 0 ? 'none' : positionals.map(p => JSON.stringify(p)).join(' ')}`);
    }
    return { kind: 'run', command, positionals, values: { ...values } };
}


/***/ }),

/***/ 6657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   MY: () => (/* binding */ EXIT_REFUSED),
/* harmony export */   N7: () => (/* binding */ reportError),
/* harmony export */   yt: () => (/* binding */ EXIT_BAD_INPUT),
/* harmony export */   yy: () => (/* binding */ print)
/* harmony export */ });
/* harmony import */ var _manifest_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1905);
/* harmony import */ var _stages_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(480);
/* harmony import */ var _arguments_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1506);



const EXIT_OK = 0;
const EXIT_REFUSED = 1;
const EXIT_BAD_INPUT = 2;
/** Prints a result: JSON when asked for, else the text. */
function print(io, json, value, text) {
    if (json)
        io.out(JSON.stringify(value, null, 2) + '\n');
    else
        io.out(text());
}
function exitCodeOf(error) {
    if (error instanceof _manifest_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .ManifestError */ .Sh || error instanceof _stages_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz || error instanceof _arguments_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb)
        return EXIT_BAD_INPUT;
    return EXIT_REFUSED;
}
/** Any failure: its message on stderr (or `{ "error": … }` on stdout with --json), and its exit code. */
function reportError(error, io, json) {
    const exitCode = exitCodeOf(error);
    const problems = error instanceof _manifest_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .ManifestError */ .Sh ? error.problems : [];
    const message = error instanceof _manifest_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .ManifestError */ .Sh
        ? `${problems.length} problem(s) in the manifest; nothing was changed`
        : error instanceof Error
            ? error.message
            : String(error);
    if (json) {
        io.out(JSON.stringify({ error: { exitCode, message, problems } }, null, 2) + '\n');
        return exitCode;
    }
    if (problems.length > 0)
        io.err(problems.map(_manifest_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw).join('\n') + '\n');
    else if (error instanceof _stages_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusedError */ .fk)
        io.err(`model-stages: refused: ${message}\n`);
    else if (error instanceof _arguments_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb)
        io.err(`model-stages: ${message}\nRun 'model-stages help' for usage.\n`);
    else
        io.err(`model-stages: ${message}\n`);
    return exitCode;
}


/***/ }),

/***/ 2528:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: ./src/commands/moves.ts + 1 modules
var moves = __nccwpck_require__(438);
// EXTERNAL MODULE: ./src/commands/workspace.ts + 1 modules
var commands_workspace = __nccwpck_require__(7112);
// EXTERNAL MODULE: ./src/cli/arguments.ts
var cli_arguments = __nccwpck_require__(1506);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __nccwpck_require__(6657);
// EXTERNAL MODULE: ./src/commands/request.ts
var request = __nccwpck_require__(9843);
;// CONCATENATED MODULE: ./src/cli/usage.ts


function synopsis(command) {
    return `model-stages ${command} ${cli_arguments/* COMMAND_SPECS */.fH[command].positionals.join(' ')}`.trimEnd();
}
function optionLines(options) {
    return Object.entries(options).map(([name, spec]) => {
        const flag = `${name === 'help' ? '-h, ' : ''}--${name}${spec.placeholder ? ` ${spec.placeholder}` : ''}`;
        return `  ${flag.padEnd(30)} ${spec.help}`;
    });
}
function commandHelp(command) {
    const spec = cli_arguments/* COMMAND_SPECS */.fH[command];
    return [
        synopsis(command),
        ...spec.details.split('\n').map(line => `  ${line}`),
        '',
        'Options:',
        ...optionLines((0,cli_arguments/* optionsOf */.cz)(command))
    ].join('\n');
}
function generalHelp() {
    const rows = request/* COMMANDS */.Lo.map(command => {
        const spec = cli_arguments/* COMMAND_SPECS */.fH[command];
        return `  ${`${command} ${spec.positionals.join(' ')}`.trimEnd().padEnd(28)} ${spec.summary}`;
    });
    return [
        'model-stages: manage ML model lifecycle stages (staging -> production -> archived)',
        'from a YAML manifest in your repository.',
        '',
        'Usage: model-stages <command> [arguments] [options]',
        '',
        'Commands:',
        ...rows,
        `  ${'help [COMMAND]'.padEnd(28)} this help, or a command's`,
        '',
        'Every command takes --manifest FILE, --json and --help; `model-stages --version` prints the version.',
        'Exit codes: 0 done (a no-op included), 1 refused move or failed validation, 2 bad input.'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts








/** Each command is loaded when it runs: `--version` or `show` do not load what `check` needs. */
const HANDLERS = {
    init: async (context) => (await __nccwpck_require__.e(/* import() */ 550).then(__nccwpck_require__.bind(__nccwpck_require__, 550))).runInitCommand(context),
    evaluate: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(815), __nccwpck_require__.e(291), __nccwpck_require__.e(553), __nccwpck_require__.e(217), __nccwpck_require__.e(534)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3534))).runEvaluateCommand(context),
    check: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(815), __nccwpck_require__.e(553), __nccwpck_require__.e(217), __nccwpck_require__.e(74)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8074))).runCheckCommand(context),
    show: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(553), __nccwpck_require__.e(486)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4486))).runShowCommand(context),
    status: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(553), __nccwpck_require__.e(170)]).then(__nccwpck_require__.bind(__nccwpck_require__, 170))).runStatusCommand(context),
    lint: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(553), __nccwpck_require__.e(25)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8025))).runLintCommand(context),
    history: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(553), __nccwpck_require__.e(69)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5450))).runHistoryCommand(context),
    changes: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(553), __nccwpck_require__.e(649)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2649))).runChangesCommand(context)
};
/** The package's version: from the package.json of model-stages above the running code. */
function packageVersion() {
    for (let folder = external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));; folder = external_node_path_default().dirname(folder)) {
        const file = external_node_path_default().join(folder, 'package.json');
        const manifest = (0,external_node_fs_.existsSync)(file)
            ? JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'))
            : {};
        if (manifest.name === 'model-stages' && manifest.version)
            return manifest.version;
        if (folder === external_node_path_default().dirname(folder))
            return 'unknown';
    }
}
/** The CLI: argv → the same commands as the action → text or JSON, and an exit code. */
async function runCli(argv, io) {
    const json = argv.includes('--json');
    try {
        const parsed = (0,cli_arguments/* parseArguments */.We)(argv);
        if (parsed.kind === 'version') {
            io.out(`${packageVersion()}\n`);
            return output/* EXIT_OK */.Ij;
        }
        if (parsed.kind === 'help') {
            io.out((parsed.command ? commandHelp(parsed.command) : generalHelp()) + '\n');
            return output/* EXIT_OK */.Ij;
        }
        const { command, positionals, values } = parsed;
        const manifest = typeof values.manifest === 'string' ? values.manifest : undefined;
        // The default manifest is at the repository's root, as in the action; a path given is read from here.
        const workspace = await (0,commands_workspace/* openWorkspace */.OH)(io.cwd, manifest, manifest === undefined);
        const context = { command, positionals, values, json, io, workspace };
        if ((0,moves/* isMoveCommand */.Hj)(command))
            return await (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(815), __nccwpck_require__.e(553), __nccwpck_require__.e(217)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1217))).runMoveCommand(command, context);
        return await HANDLERS[command](context);
    }
    catch (error) {
        return (0,output/* reportError */.N7)(error, io, json);
    }
}


/***/ }),

/***/ 438:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Hj: () => (/* binding */ isMoveCommand),
  Xk: () => (/* binding */ planMove)
});

// UNUSED EXPORTS: MOVE_COMMANDS

// EXTERNAL MODULE: ./src/manifest/closest-word.ts
var closest_word = __nccwpck_require__(1755);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __nccwpck_require__(480);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var stages_pipeline = __nccwpck_require__(2225);
// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __nccwpck_require__(6629);
// EXTERNAL MODULE: ./src/stages/admission.ts
var admission = __nccwpck_require__(3194);
// EXTERNAL MODULE: ./src/stages/queries.ts
var queries = __nccwpck_require__(7331);
// EXTERNAL MODULE: ./src/stages/rules.ts
var rules = __nccwpck_require__(4128);
;// CONCATENATED MODULE: ./src/stages/plan.ts







function stageOf(data, model, version) {
    (0,names/* assertVersionString */.mk)(version);
    const entry = (0,queries/* versionsOf */.x4)(data, model).get(version);
    if (!entry) {
        const known = [...(0,queries/* versionsOf */.x4)(data, model).keys()];
        throw new errors/* InputError */.dz(`unknown version ${version} of ${model}; it has: ${known.length > 0 ? known.join(', ') : 'no versions'}`);
    }
    return entry.stage;
}
/** The data after the transitions: copies along the changed paths only, never the whole manifest. */
function applyTransitions(data, transitions, added) {
    const models = { ...data.models };
    for (const { model, version, to } of transitions) {
        const current = models[model] ?? { versions: new Map() };
        const versions = new Map(current.versions);
        const existing = versions.get(version);
        if (to === null)
            versions.delete(version);
        else if (existing)
            versions.set(version, { ...existing, stage: to });
        else
            versions.set(version, { ...added, stage: to });
        models[model] = { ...current, versions };
    }
    return { ...data, models };
}
function build(operation, data, model, version, transitions) {
    const changes = transitions.map(({ model, version, to }) => ({
        kind: 'set-stage',
        model,
        version,
        stage: to
    }));
    return {
        operation,
        model,
        version,
        transitions,
        needsValidation: (0,admission/* needsValidation */.xo)(operation),
        changes,
        result: applyTransitions(data, transitions)
    };
}
function noop(operation, data, model, version, note) {
    return {
        operation,
        model,
        version,
        transitions: [],
        needsValidation: false,
        changes: [],
        result: data,
        note
    };
}
function refuse(pipeline, model, version, from, to, advice = '') {
    throw new errors/* RefusedError */.fk(`${model} ${version}: ${(0,rules/* illegalMoveMessage */.$e)(from, to, pipeline)}${advice ? `. ${advice}` : ''}`);
}
/** The requested move plus, when it enters an exclusive stage, the archiving of the version it replaces. */
function intoStage(operation, data, model, version, from, to) {
    const transitions = [{ model, version, from, to, cause: 'requested' }];
    const current = (0,stages_pipeline/* isExclusive */.Bj)((0,stages_pipeline/* pipelineOf */.gQ)(data), to) ? (0,queries/* versionIn */.It)(data, model, to) : undefined;
    if (current !== undefined)
        transitions.push({ model, version: current, from: to, to: names/* ARCHIVED */.Ts, cause: 'replaced' });
    return build(operation, data, model, version, transitions);
}
function planRegister(data, model, version, details) {
    (0,names/* assertModelName */.fY)(model);
    (0,names/* assertVersionString */.mk)(version);
    const first = (0,stages_pipeline/* firstStage */.d8)((0,stages_pipeline/* pipelineOf */.gQ)(data)).name;
    const existing = data.models[model]?.versions.get(version);
    if (existing) {
        const sameUri = details.uri === undefined || details.uri === existing.uri;
        if (existing.stage === first && sameUri) {
            return noop('register', data, model, version, `${model} ${version} is already registered in ${first}`);
        }
        throw new errors/* RefusedError */.fk(`${model} ${version} is already registered (stage ${existing.stage}${existing.uri ? `, uri ${existing.uri}` : ''}): ` +
            'a version is registered once; register a new version string instead');
    }
    const entry = { stage: first };
    if (details.uri !== undefined)
        entry.uri = details.uri;
    if (details.description !== undefined)
        entry.description = details.description;
    if (details.metrics !== undefined && Object.keys(details.metrics).length > 0)
        entry.metrics = details.metrics;
    if (details.metadata !== undefined && Object.keys(details.metadata).length > 0)
        entry.metadata = details.metadata;
    const transitions = [{ model, version, from: null, to: first, cause: 'requested' }];
    return {
        operation: 'register',
        model,
        version,
        transitions,
        needsValidation: false,
        changes: [{ kind: 'add-version', model, version, entry }],
        result: applyTransitions(data, transitions, entry)
    };
}
/** Where a promote goes when no stage is named: the version's next stage, else the last one. */
function defaultTarget(pipeline, data, model, version) {
    const from = version === undefined ? undefined : stageOf(data, model, version);
    return (from === undefined ? undefined : (0,stages_pipeline/* nextStage */.mz)(pipeline, from)?.name) ?? (0,stages_pipeline/* lastStage */.TX)(pipeline).name;
}
/** Why a forward move is refused: it would pass over a stage that guards the way. */
function skippedGuard(pipeline, from, to) {
    const start = (0,stages_pipeline/* stageIndex */.Jb)(pipeline, from);
    const end = (0,stages_pipeline/* stageIndex */.Jb)(pipeline, to);
    if (start === -1 || end <= start)
        return undefined;
    const guard = pipeline.stages.slice(start + 1, end).find(stages_pipeline/* isGuard */.Mw);
    return (guard && `promote it to ${guard.name} first: a version does not pass over a stage with its own guards`);
}
/**
 * promote: the version (default: the newest in the stage before the target) to the target stage (default: its
 * next stage, or the last one), archiving the version it replaces in an exclusive stage.
 */
function planPromote(data, model, version, to) {
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(data);
    const first = (0,stages_pipeline/* firstStage */.d8)(pipeline).name;
    if (to === names/* ARCHIVED */.Ts)
        return planArchive(data, model, requireVersion(model, version, 'archive'));
    if (to === first)
        return planRestore(data, model, requireVersion(model, version, 'restore'));
    const target = to ?? defaultTarget(pipeline, data, model, version);
    const index = (0,stages_pipeline/* stageIndex */.Jb)(pipeline, target);
    if (index === -1)
        throw new errors/* InputError */.dz(`unknown stage ${target}: the stages are ${(0,stages_pipeline/* stageNames */.hL)(pipeline).join(', ')}`);
    const before = pipeline.stages[index - 1]?.name ?? first;
    const chosen = version ?? (0,queries/* newestInStage */.Wl)(data, model, before);
    if (chosen === undefined)
        throw new errors/* RefusedError */.fk(`${model} has no version in ${before} to promote`);
    const from = stageOf(data, model, chosen);
    if (from === target)
        return noop('promote', data, model, chosen, `${model} ${chosen} is already in ${target}`);
    if (from === names/* ARCHIVED */.Ts) {
        const back = (0,stages_pipeline/* isExclusive */.Bj)(pipeline, target)
            ? `use rollback (if it was in ${target} before) or restore`
            : 'restore';
        refuse(pipeline, model, chosen, from, target, `To bring an archived version back, ${back} it to ${first} and promote it`);
    }
    if ((0,rules/* legalOperation */.dN)(from, target, pipeline) !== 'promote')
        refuse(pipeline, model, chosen, from, target, skippedGuard(pipeline, from, target) ?? 'Archive it instead, or promote another version');
    return intoStage('promote', data, model, chosen, from, target);
}
function planArchive(data, model, version) {
    const from = stageOf(data, model, version);
    if (from === names/* ARCHIVED */.Ts)
        return noop('archive', data, model, version, `${model} ${version} is already archived`);
    return build('archive', data, model, version, [{ model, version, from, to: names/* ARCHIVED */.Ts, cause: 'requested' }]);
}
function planRestore(data, model, version) {
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(data);
    const first = (0,stages_pipeline/* firstStage */.d8)(pipeline).name;
    const from = stageOf(data, model, version);
    if (from === first)
        return noop('restore', data, model, version, `${model} ${version} is already in ${first}`);
    if (from !== names/* ARCHIVED */.Ts)
        refuse(pipeline, model, version, from, first, 'Archive it instead, or promote another version');
    return build('restore', data, model, version, [{ model, version, from, to: first, cause: 'requested' }]);
}
/**
 * Rollback puts an archived version back into an exclusive stage (default: the last stage). Without a version it
 * picks the one that left that stage most recently. Whether the version may return there (it was in it before) is
 * the admission's verdict.
 */
function planRollback(data, model, version, history, to) {
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(data);
    const target = to ?? (0,stages_pipeline/* lastStage */.TX)(pipeline).name;
    if (!(0,stages_pipeline/* isExclusive */.Bj)(pipeline, target)) {
        const exclusive = pipeline.stages.filter(stage => stage.exclusive).map(stage => stage.name);
        throw new errors/* InputError */.dz(`rollback returns a version to an exclusive stage (${exclusive.join(', ')}), not to ${target}`);
    }
    const current = (0,queries/* versionIn */.It)(data, model, target);
    const former = history?.formerIn(target);
    let chosen = version;
    if (chosen === undefined) {
        if (!former)
            throw new errors/* InputError */.dz(`name the version of ${model} to roll back to: the manifest's git history is not available`);
        chosen = former
            .filter(candidate => candidate !== current && data.models[model]?.versions.get(candidate)?.stage === names/* ARCHIVED */.Ts)
            .pop();
        if (chosen === undefined)
            throw new errors/* RefusedError */.fk(`${model} has no archived version that was in ${target} before: nothing to roll back to`);
    }
    const from = stageOf(data, model, chosen);
    if (from === target)
        return noop('rollback', data, model, chosen, `${model} ${chosen} is already in ${target}`);
    if (from !== names/* ARCHIVED */.Ts)
        refuse(pipeline, model, chosen, from, target, `Rollback is for archived versions; use promote for a version in ${from}`);
    return intoStage('rollback', data, model, chosen, from, target);
}
function requireVersion(model, version, operation) {
    if (version === undefined)
        throw new errors/* InputError */.dz(`${operation} needs a version of ${model}`);
    return version;
}

;// CONCATENATED MODULE: ./src/commands/moves.ts




const MOVE_COMMANDS = [
    'register',
    'promote',
    'archive',
    'restore',
    'rollback'
];
function isMoveCommand(command) {
    return MOVE_COMMANDS.includes(command);
}
function required(command, args) {
    if (!args.version)
        throw new errors/* InputError */.dz(`${command} needs a version`);
    return args.version;
}
/** The target stage, when one was named: one of the manifest's stages, or a clear error with the closest one. */
function targetStage(data, args) {
    if (args.to === undefined)
        return undefined;
    const names = (0,stages_pipeline/* stageNames */.hL)((0,stages_pipeline/* pipelineOf */.gQ)(data));
    if (names.includes(args.to))
        return args.to;
    const guess = (0,closest_word/* closestWord */.E)(args.to, names);
    throw new errors/* InputError */.dz(`${args.toName ?? 'to'} takes one of ${names.join(', ')}, not ${JSON.stringify(args.to)}${guess ? `: did you mean ${guess}?` : ''}`);
}
function planMove(command, data, args, history) {
    const to = command === 'promote' || command === 'rollback' ? targetStage(data, args) : undefined;
    switch (command) {
        case 'register':
            return planRegister(data, args.model, required(command, args), {
                uri: args.uri,
                description: args.description,
                metrics: args.metrics,
                metadata: args.metadata
            });
        case 'promote':
            return planPromote(data, args.model, args.version, to);
        case 'archive':
            return planArchive(data, args.model, required(command, args));
        case 'restore':
            return planRestore(data, args.model, required(command, args));
        case 'rollback':
            return planRollback(data, args.model, args.version, history, to);
    }
}


/***/ }),

/***/ 9843:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   yG: () => (/* binding */ checkRequest)
/* harmony export */ });
/* unused harmony exports COMMAND_SUBJECTS, parseStage, parseSeconds, parseMetrics, parseMetadata */
/* harmony import */ var _manifest_closest_word_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1755);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6629);
/* harmony import */ var _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(480);
/* harmony import */ var _reporting_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4454);




/** Every command of both front doors (init and status are the CLI's alone). */
const COMMANDS = [
    'init',
    'register',
    'promote',
    'evaluate',
    'archive',
    'restore',
    'rollback',
    'check',
    'show',
    'status',
    'lint',
    'history',
    'changes'
];
/** Which commands take a model and a version: the rule both doors check, written once. */
const COMMAND_SUBJECTS = {
    init: { model: 'none', version: 'none' },
    register: { model: 'required', version: 'required' },
    promote: { model: 'required', version: 'optional' },
    evaluate: { model: 'optional', version: 'none' },
    archive: { model: 'required', version: 'required' },
    restore: { model: 'required', version: 'required' },
    rollback: { model: 'required', version: 'optional' },
    check: { model: 'none', version: 'none' },
    show: { model: 'required', version: 'optional' },
    status: { model: 'none', version: 'none' },
    lint: { model: 'none', version: 'none' },
    history: { model: 'optional', version: 'none' },
    changes: { model: 'optional', version: 'none' }
};
function checkRequest(raw, names) {
    const subjects = COMMAND_SUBJECTS[raw.command];
    for (const field of ['model', 'version']) {
        const value = raw[field];
        if (subjects[field] === 'required' && value === undefined)
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${raw.command} needs ${names[field]}`);
        if (subjects[field] === 'none' && value !== undefined)
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${raw.command} takes no ${names[field]}`);
    }
    if (raw.model !== undefined)
        (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertModelName */ .fY)(raw.model);
    if (raw.version !== undefined)
        (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertVersionString */ .mk)(raw.version);
    return {
        command: raw.command,
        model: raw.model,
        version: raw.version,
        to: raw.to === undefined ? undefined : parseStage(raw.to, names.to),
        validationTimeout: raw.validationTimeout === undefined
            ? undefined
            : parseSeconds(raw.validationTimeout, names.validationTimeout),
        metrics: raw.metrics === undefined ? undefined : parseMetrics(raw.metrics, names.metrics),
        metadata: raw.metadata === undefined ? undefined : parseMetadata(raw.metadata, names.metadata),
        force: overrideReason(raw, names)
    };
}
/** The commands whose guards (soak, metric gates) force may override. */
const OVERRIDABLE = ['promote', 'rollback'];
/** force needs a reason, on one line (it becomes a commit trailer); a reason without force is a mistake too. */
function overrideReason(raw, names) {
    const reason = raw.reason?.trim();
    if (!raw.force) {
        if (raw.reason !== undefined)
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${names.reason} is recorded only with ${names.force}: add ${names.force}, or leave it out`);
        return undefined;
    }
    if (!OVERRIDABLE.includes(raw.command))
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${names.force} overrides soak and metric gates: it applies to ${OVERRIDABLE.join(' and ')}, not ${raw.command}`);
    if (!reason)
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${names.force} needs ${names.reason}: say why the override is needed; the commit records it for audit`);
    if (/[\r\n]/.test(reason))
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${names.reason} must be one line: it becomes a commit trailer`);
    return reason;
}
/** A stage name as written; whether the manifest has that stage is for the move to say, with the manifest at hand. */
function parseStage(value, name) {
    if (_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGE_NAME_PATTERN */ .Oc.test(value))
        return value;
    const guess = (0,_manifest_closest_word_js__WEBPACK_IMPORTED_MODULE_2__/* .closestWord */ .E)(value, _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an);
    throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} takes a stage name (${_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an.join(', ')} or one the manifest declares), not ${JSON.stringify(value)}${guess ? `: did you mean ${guess}?` : ''}`);
}
function parseSeconds(value, name) {
    const seconds = Number(value);
    if (value.trim() === '' || !Number.isFinite(seconds) || seconds <= 0)
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} takes a number of seconds greater than 0, not ${JSON.stringify(value)}`);
    return seconds;
}
const KEY = /^[A-Za-z0-9_.-]{1,64}$/;
function pairs(value, name, form) {
    if (typeof value === 'string') {
        let parsed;
        try {
            parsed = JSON.parse(value);
        }
        catch {
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} must be a JSON object (${form}); got ${JSON.stringify(value)}`);
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} must be a JSON object (${form}); got ${JSON.stringify(value)}`);
        return parsed;
    }
    const result = {};
    for (const pair of value) {
        const equals = pair.indexOf('=');
        if (equals <= 0)
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} takes ${form}, not ${JSON.stringify(pair)}`);
        result[pair.slice(0, equals)] = pair.slice(equals + 1);
    }
    return result;
}
function parseMetrics(value, name) {
    const metrics = {};
    for (const [key, raw] of Object.entries(pairs(value, name, 'NAME=NUMBER'))) {
        if (!_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_NAME_PATTERN */ .Sg.test(key))
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: ${(0,_reporting_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .T)(key)} is not a metric name (${_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_NAME_RULE */ .SS})`);
        const number = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() ? Number(raw) : NaN;
        if (!Number.isFinite(number))
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: metric ${key} must be a number, not ${JSON.stringify(raw)}`);
        metrics[key] = number;
    }
    return metrics;
}
function parseMetadata(value, name) {
    const metadata = pairs(value, name, 'KEY=VALUE');
    for (const key of Object.keys(metadata))
        if (!KEY.test(key))
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: key ${JSON.stringify(key)} is not valid`);
    return metadata;
}


/***/ }),

/***/ 7112:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  OH: () => (/* binding */ openWorkspace),
  P_: () => (/* binding */ readWorkspaceManifest)
});

// UNUSED EXPORTS: DEFAULT_MANIFEST

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/adapters/git.ts

class GitError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        super(`git ${args[0] ?? ''} failed (exit ${exitCode}): ${stderr.trim()}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/** `key=value` settings passed through the environment (GIT_CONFIG_COUNT…), so that no secret shows in a process list. */
function configEnvironment(configs) {
    if (configs.length === 0)
        return {};
    const env = { GIT_CONFIG_COUNT: String(configs.length) };
    configs.forEach((config, index) => {
        const equals = config.indexOf('=');
        env[`GIT_CONFIG_KEY_${index}`] = config.slice(0, equals);
        env[`GIT_CONFIG_VALUE_${index}`] = config.slice(equals + 1);
    });
    return env;
}
/** What git says when someone else updated the branch first (or at the same moment). */
const STALE_PUSH = /non-fast-forward|fetch first|stale info|cannot lock ref|failed to update ref|incorrect old value|reference already exists/;
/** The lines of a refused push that say why: the server's `remote:` lines and git's rejection line. */
function serverWords(said) {
    const lines = said
        .split('\n')
        .map(line => line.trim())
        .filter(line => /^(remote:|!|error:|\[|hint:)|rejected/.test(line) && !/^hint:\s*$/.test(line))
        .map(line => line.replace(/^remote:\s*/, '').replace(/^!\s+/, ''))
        .filter(line => line.length > 0 && !/^(Done|To\s)/.test(line));
    return [...new Set(lines)].join('\n') || said.trim();
}
/** child_process is loaded on the first git command: commands that never run git (lint, show) start without it. */
async function spawner() {
    return (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23))).spawn;
}
const FIELD = '\x1f';
const RECORD = '\x1e';
/** Every git invocation the project makes, behind named methods. Arguments go to execFile: never a shell string. */
class Git {
    cwd;
    /** How many git processes this instance started (the history benchmark reports it). */
    processCount = 0;
    constructor(cwd) {
        this.cwd = cwd;
    }
    async run(args, options = {}) {
        this.processCount++;
        const spawn = await spawner();
        return new Promise((resolve, reject) => {
            const child = spawn('git', args, {
                cwd: this.cwd,
                env: {
                    ...process.env,
                    GIT_TERMINAL_PROMPT: '0',
                    ...configEnvironment(options.configs ?? []),
                    ...options.env
                },
                stdio: ['pipe', 'pipe', 'pipe']
            });
            const stdout = [];
            const stderr = [];
            child.stdout.on('data', (chunk) => stdout.push(chunk));
            child.stderr.on('data', (chunk) => stderr.push(chunk));
            child.on('error', reject);
            child.on('close', code => {
                if (code === 0)
                    resolve(Buffer.concat(stdout));
                else
                    reject(new GitError(args, code, Buffer.concat(stderr).toString('utf8')));
            });
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.input ?? '');
        });
    }
    async text(args, options = {}) {
        return (await this.run(args, options)).toString('utf8').trimEnd();
    }
    async resolve(revision) {
        return this.text(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]).catch(() => undefined);
    }
    /** The last commit on the first-parent line of `revision` made at or before `date`. */
    async lastCommitBefore(date, revision = 'HEAD') {
        const commit = await this.text(['rev-list', '-1', '--first-parent', `--before=${date}`, revision]).catch(() => '');
        return commit || undefined;
    }
    /** Whether git reads `text` as a date: it reads anything, and what it cannot read becomes "now". */
    async understandsDate(text) {
        if (/^\s*(now|today)\s*$/i.test(text))
            return true;
        const before = Math.floor(Date.now() / 1000);
        const output = await this.text(['rev-parse', `--before=${text}`]);
        const after = Math.floor(Date.now() / 1000);
        const seconds = Number(/--min-age=(\d+)/.exec(output)?.[1]);
        return Number.isFinite(seconds) && (seconds < before - 1 || seconds > after + 1);
    }
    /** The values of one trailer in the messages of the commits in `from..to`, oldest first. */
    async trailerValues(from, to, key) {
        const output = await this.text([
            'log',
            '--reverse',
            `--format=%H%x1f%(trailers:key=${key},valueonly,separator=%x1f)%x1e`,
            `${from}..${to}`
        ]).catch(() => '');
        return output
            .split(RECORD)
            .map(record => record.replace(/^\n/, '').split(FIELD))
            .flatMap(([commit = '', ...values]) => values
            .map(value => value.trim())
            .filter(Boolean)
            .map(value => ({ commit, value })));
    }
    async isShallow() {
        return (await this.text(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    /** The file at a revision, or undefined when it does not exist there. */
    async show(revision, repoPath) {
        return this.run(['show', `${revision}:${repoPath}`])
            .then(buffer => buffer.toString('utf8'))
            .catch(() => undefined);
    }
    /** The commits that changed a file along the first-parent line of `revision`, newest first. */
    async fileLog(repoPath, revision = 'HEAD') {
        const format = ['%H', '%an', '%ae', '%aI', '%cI', '%s'].join('%x1f') + '%x1e';
        const output = await this.text([
            'log',
            '--first-parent',
            `--format=${format}`,
            revision,
            '--',
            repoPath
        ]).catch(() => '');
        return output
            .split(RECORD)
            .map(record => record.replace(/^\n/, ''))
            .filter(record => record.length > 0)
            .map(record => {
            const [commit = '', author = '', email = '', date = '', committedAt = '', subject = ''] = record.split(FIELD);
            return { commit, author, email, date, committedAt, subject };
        });
    }
    /**
     * Streams many `revision:path` objects through one `git cat-file --batch` process, in order, to `onObject`
     * (undefined for a missing one). Only the object being read is held: memory stays bounded whatever the count.
     */
    async streamObjects(specs, onObject) {
        if (specs.length === 0)
            return;
        this.processCount++;
        const spawn = await spawner();
        const child = spawn('git', ['cat-file', '--batch'], {
            cwd: this.cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const stderr = [];
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        let header = [];
        let body;
        let filled = 0;
        const spare = [Buffer.alloc(0), Buffer.alloc(0)];
        let turn = 0;
        const nextBuffer = (size) => {
            turn = 1 - turn;
            if ((spare[turn]?.length ?? 0) < size)
                spare[turn] = Buffer.allocUnsafe(Math.ceil(size * 1.25));
            return (spare[turn] ?? Buffer.allocUnsafe(size)).subarray(0, size);
        };
        /** Bytes still to skip: the newline after an object. */
        let skip = 0;
        child.stdout.on('data', (chunk) => {
            let offset = 0;
            while (offset < chunk.length) {
                if (skip > 0) {
                    const skipped = Math.min(skip, chunk.length - offset);
                    skip -= skipped;
                    offset += skipped;
                    continue;
                }
                if (body) {
                    const copied = chunk.copy(body, filled, offset, Math.min(chunk.length, offset + body.length - filled));
                    filled += copied;
                    offset += copied;
                    if (filled === body.length) {
                        onObject(body);
                        body = undefined;
                        skip = 1;
                    }
                    continue;
                }
                const newline = chunk.indexOf(0x0a, offset);
                if (newline === -1) {
                    header.push(chunk.subarray(offset));
                    break;
                }
                header.push(chunk.subarray(offset, newline));
                offset = newline + 1;
                const line = Buffer.concat(header).toString('utf8');
                header = [];
                const match = /^[0-9a-f]+ \w+ (\d+)$/.exec(line);
                if (!match) {
                    onObject(undefined);
                    continue;
                }
                body = nextBuffer(Number(match[1]));
                filled = 0;
                if (body.length === 0) {
                    onObject(body);
                    body = undefined;
                    skip = 1;
                }
            }
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(specs.join('\n') + '\n');
        await new Promise((resolve, reject) => {
            child.on('error', reject);
            child.on('close', code => code === 0
                ? resolve()
                : reject(new GitError(['cat-file', '--batch'], code, Buffer.concat(stderr).toString('utf8'))));
        });
    }
    /**
     * Fetches a branch into its remote-tracking ref (`refs/remotes/<remote>/<branch>`), which it returns.
     * `wholeHistory` unshallows a shallow clone on the way.
     */
    async fetchBranch(remote, branch, options = {}) {
        const tracking = `refs/remotes/${remote}/${branch}`;
        await this.fetch(remote, [`+refs/heads/${branch}:${tracking}`], {
            unshallow: options.wholeHistory === true && (await this.isShallow()),
            configs: options.configs
        });
        return tracking;
    }
    /** Fetches a pull request's head (`refs/pull/<number>/head`) into a ref of its own, which it returns. */
    async fetchPullRequestHead(remote, number, configs) {
        const tracking = `refs/remotes/${remote}/pull/${number}/head`;
        await this.fetch(remote, [`+refs/pull/${number}/head:${tracking}`], { configs });
        return tracking;
    }
    /** Fetches one commit alone (no history behind it): what a shallow checkout needs to read a file there. */
    async fetchCommit(remote, commit, configs) {
        await this.fetch(remote, [commit], { depth: 1, configs });
    }
    /** Fetches the whole history of a shallow clone (git refuses this on a complete one: ask isShallow first). */
    async deepen(remote, configs) {
        await this.fetch(remote, [], { unshallow: true, configs });
    }
    async fetch(remote, refspecs, options) {
        const depth = options.unshallow ? ['--unshallow'] : options.depth ? [`--depth=${options.depth}`] : [];
        await this.run(['fetch', '--no-tags', '--quiet', ...depth, remote, ...refspecs], {
            configs: options.configs
        });
    }
    /** Moves the checked-out branch and work tree forward to `commit`; false when git cannot (local changes). */
    async fastForward(commit) {
        return this.run(['merge', '--ff-only', '--quiet', commit]).then(() => true, () => false);
    }
    async hashObject(text) {
        return this.text(['hash-object', '-w', '--stdin'], { input: text });
    }
    /** A commit whose tree is `parent`'s with one file replaced, made without touching the work tree or the index. */
    async commitFile(options) {
        const blob = await this.hashObject(options.content);
        const mode = (await this.text(['ls-tree', options.parent, '--', options.repoPath])).split(' ')[0] || '100644';
        const indexFile = `${await this.text(['rev-parse', '--absolute-git-dir'])}/model-stages-index-${process.pid}-${Date.now()}`;
        const env = { GIT_INDEX_FILE: indexFile };
        try {
            await this.run(['read-tree', options.parent], { env });
            await this.run(['update-index', '--add', '--cacheinfo', `${mode},${blob},${options.repoPath}`], { env });
            const tree = await this.text(['write-tree'], { env });
            return await this.text(['commit-tree', tree, '-p', options.parent, '-F', '-'], {
                input: options.message,
                env: {
                    GIT_AUTHOR_NAME: options.author.name,
                    GIT_AUTHOR_EMAIL: options.author.email,
                    GIT_COMMITTER_NAME: options.committer.name,
                    GIT_COMMITTER_EMAIL: options.committer.email
                }
            });
        }
        finally {
            await external_node_fs_.promises.rm(indexFile, { force: true });
        }
    }
    /**
     * Pushes a commit to a branch. A refusal is returned, not thrown: `stale` when git says the branch moved
     * under the push (someone else pushed first or at the same moment), with the server's own words.
     */
    async push(remote, commit, branch, options = {}) {
        const args = ['push', ...(options.force ? ['--force'] : []), remote, `${commit}:refs/heads/${branch}`];
        try {
            await this.run(args, { configs: options.configs });
            return { pushed: true };
        }
        catch (error) {
            if (!(error instanceof GitError))
                throw error;
            const said = `${error.stderr}\n${error.message}`;
            if (!/\[rejected\]|\[remote rejected\]|^!\s/m.test(said) && !STALE_PUSH.test(said))
                throw error;
            return { pushed: false, stale: STALE_PUSH.test(said), message: serverWords(said) };
        }
    }
    async deleteRemoteBranch(remote, branch, configs) {
        await this.run(['push', '--quiet', remote, `:refs/heads/${branch}`], { configs });
    }
    /** The commit a branch points at on the remote, or undefined when it has no such branch. */
    async remoteTip(remote, branch, configs) {
        const output = await this.text(['ls-remote', remote, `refs/heads/${branch}`], { configs });
        return output.split(/\s/)[0] || undefined;
    }
    /** Whether a file differs from HEAD in the index or the work tree. */
    async hasChanges(repoPath) {
        const status = await this.text(['status', '--porcelain', '--', repoPath]);
        return status.length > 0;
    }
    /** Commits the given paths as they are in the work tree, and nothing else that is staged. */
    async commitPaths(paths, message) {
        await this.run(['commit', '--quiet', '-F', '-', '--only', '--', ...paths], { input: message });
        return this.text(['rev-parse', 'HEAD']);
    }
    async remoteUrl(remote) {
        return this.text(['remote', 'get-url', remote]).catch(() => undefined);
    }
    async isAncestor(ancestor, descendant) {
        return this.run(['merge-base', '--is-ancestor', ancestor, descendant])
            .then(() => true)
            .catch(() => false);
    }
}

// EXTERNAL MODULE: ./src/adapters/files.ts
var files = __nccwpck_require__(9771);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __nccwpck_require__(480);
;// CONCATENATED MODULE: ./src/commands/workspace.ts





const DEFAULT_MANIFEST = 'model-stages.yaml';
/** The real path of `target`, or of its nearest existing folder joined with the rest when it does not exist yet. */
async function realPath(target) {
    try {
        return await external_node_fs_.promises.realpath(target);
    }
    catch {
        const parent = external_node_path_default().dirname(target);
        if (parent === target)
            return target;
        return external_node_path_default().join(await realPath(parent), external_node_path_default().basename(target));
    }
}
/** The nearest folder at or above `folder` with a `.git` (a folder, or a file for worktrees and submodules). */
async function repositoryRoot(folder) {
    for (let current = folder;; current = external_node_path_default().dirname(current)) {
        if (await external_node_fs_.promises.stat(external_node_path_default().join(current, '.git')).then(() => true, () => false))
            return current;
        if (current === external_node_path_default().dirname(current))
            return undefined;
    }
}
/**
 * The repository around `cwd` and the manifest in it (`manifest` read from `cwd`, or from the root with
 * `fromRoot`). The manifest's real path must be inside the repository:
 * `..` segments and symlinks that lead out of it are refused, in every command of both front doors.
 */
async function openWorkspace(cwd, manifest = DEFAULT_MANIFEST, fromRoot = false) {
    const here = await realPath(cwd);
    const top = await repositoryRoot(here);
    const root = top ?? here;
    const manifestPath = await realPath(external_node_path_default().resolve(fromRoot ? root : cwd, manifest));
    const relative = external_node_path_default().relative(root, manifestPath);
    if (relative === '' ||
        relative === '..' ||
        relative.startsWith(`..${(external_node_path_default()).sep}`) ||
        external_node_path_default().isAbsolute(relative)) {
        throw new errors/* InputError */.dz(`the manifest must be a file inside the repository ${root}; ${JSON.stringify(manifest)} ` +
            `leads to ${manifestPath}`);
    }
    return {
        root,
        manifestPath,
        manifestName: relative.split((external_node_path_default()).sep).join('/'),
        git: top ? new Git(root) : undefined
    };
}
function readWorkspaceManifest(workspace) {
    return (0,files/* readManifestFile */.o)(workspace.manifestPath, workspace.manifestName);
}


/***/ }),

/***/ 1755:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ closestWord)
/* harmony export */ });
/**
 * The allowed word nearest to a typo (at most two edits away), else the only one it abbreviates
 * (`prod` → `production`), for "did you mean" hints.
 */
function closestWord(word, candidates) {
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance <= 2 && (!best || distance < best.distance))
            best = { candidate, distance };
    }
    if (best)
        return best.candidate;
    const abbreviated = candidates.filter(candidate => word.length >= 3 && candidate.toLowerCase().startsWith(word.toLowerCase()));
    return abbreviated.length === 1 ? abbreviated[0] : undefined;
}
/** Damerau–Levenshtein (optimal string alignment): a swap of two letters counts as one edit. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => d[i]?.[j] ?? 0;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                value = Math.min(value, at(i - 2, j - 2) + 1);
            const row = d[i];
            if (row)
                row[j] = value;
        }
    }
    return at(a.length, b.length);
}


/***/ }),

/***/ 6629:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ STAGE_NAME_PATTERN),
/* harmony export */   Q6: () => (/* binding */ VERSION_PATTERN),
/* harmony export */   SS: () => (/* binding */ METRIC_NAME_RULE),
/* harmony export */   Sg: () => (/* binding */ METRIC_NAME_PATTERN),
/* harmony export */   Ts: () => (/* binding */ ARCHIVED),
/* harmony export */   ZF: () => (/* binding */ MAX_METRICS),
/* harmony export */   an: () => (/* binding */ STAGES),
/* harmony export */   bA: () => (/* binding */ MODEL_NAME_RULE),
/* harmony export */   fY: () => (/* binding */ assertModelName),
/* harmony export */   lM: () => (/* binding */ MODEL_NAME_PATTERN),
/* harmony export */   mk: () => (/* binding */ assertVersionString),
/* harmony export */   wI: () => (/* binding */ VERSION_RULE)
/* harmony export */ });
/* harmony import */ var _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(480);

/**
 * The stages of a manifest without a `stages:` list, and the rules for model names, stage names and version
 * strings: checked by both doors and the schema.
 */
const STAGES = ['staging', 'production', 'archived'];
/** Always there, never declared: where versions go when they leave the pipeline. */
const ARCHIVED = 'archived';
const MODEL_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;
/** Stage names follow the model-name rule. */
const STAGE_NAME_PATTERN = MODEL_NAME_PATTERN;
/** Metric (and so gate) names: a name, never arbitrary text from a validation. Case is kept: `F1`, `auc`. */
const METRIC_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** How many metrics one version may record. */
const MAX_METRICS = 100;
const MODEL_NAME_RULE = "lowercase letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters";
const VERSION_RULE = "letters, digits, '.', '_', '+' and '-', starting with a letter or digit, at most 64 characters";
const METRIC_NAME_RULE = "letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters";
function assertModelName(model) {
    if (!MODEL_NAME_PATTERN.test(model))
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`invalid model name ${JSON.stringify(model)}: use ${MODEL_NAME_RULE}`);
}
function assertVersionString(version) {
    if (!VERSION_PATTERN.test(version))
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`invalid version ${JSON.stringify(version)}: use ${VERSION_RULE}`);
}


/***/ }),

/***/ 1905:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   dS: () => (/* binding */ sortProblems),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
function formatProblem(problem) {
    return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}
function sortProblems(problems) {
    return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}
/** The manifest (or an input about it) is wrong: the run stops before anything is written. */
class ManifestError extends Error {
    problems;
    constructor(problems) {
        super(problems.map(formatProblem).join('\n'));
        this.problems = problems;
        this.name = 'ManifestError';
    }
}
/** The 1-based line and column of an offset in a text. */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let newline = text.indexOf('\n'); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
        line++;
        lineStart = newline + 1;
    }
    return { line, column: offset - lineStart + 1 };
}


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ quoted)
/* harmony export */ });
/* unused harmony export QUOTE_LIMIT */
/** How much of a value from a validation or a manifest a message quotes. */
const QUOTE_LIMIT = 80;
/** A value quoted for a message: JSON-escaped, and cut (saying how long it was) past QUOTE_LIMIT characters. */
function quoted(text, limit = QUOTE_LIMIT) {
    if (text.length <= limit)
        return JSON.stringify(text);
    return `${JSON.stringify(text.slice(0, limit))}… (${text.length} characters)`;
}


/***/ }),

/***/ 3194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ refusedBeforeValidation),
/* harmony export */   HJ: () => (/* binding */ soakApplies),
/* harmony export */   J6: () => (/* binding */ judgeAdmission),
/* harmony export */   Vh: () => (/* binding */ validationResult),
/* harmony export */   h0: () => (/* binding */ OVERRIDE_TRAILER),
/* harmony export */   lL: () => (/* binding */ validationVerdict),
/* harmony export */   q9: () => (/* binding */ needsHistory),
/* harmony export */   qq: () => (/* binding */ failedGates),
/* harmony export */   u_: () => (/* binding */ refusalReasons),
/* harmony export */   xo: () => (/* binding */ needsValidation)
/* harmony export */ });
/* unused harmony export GUARDS */
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2225);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4128);
/* harmony import */ var _soak_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2633);



/**
 * May this version enter this stage? Every front door, move, review and report asks here and nowhere else.
 *
 * Each guard is one kind of refusal, judged from facts its caller gathered (history, validation runs): this module
 * reads no git and runs nothing. A guard joins by adding its kind to `GUARDS` (whether a reason may override it,
 * and whether it is judged before validation runs), its facts to `AdmissionFacts` and its judgement to `judges`;
 * freezes and blocked versions are meant to join that way.
 */
const GUARDS = {
    /** The pipeline's rule table: the move must be one of its legal moves. */
    'legal-move': { overridable: false, beforeValidation: true },
    /** A rollback returns a version only to a stage it served in before. */
    'never-was-in': { overridable: false, beforeValidation: true },
    /** The time a version must spend in the stage before the target. */
    soak: { overridable: true, beforeValidation: true },
    /** The validation command: it must have run and passed, and what it measured must be readable. */
    validation: { overridable: false, beforeValidation: false },
    /** The metric gates of the target stage. */
    gates: { overridable: true, beforeValidation: false }
};
/** The trailer a commit carries to record an override (soak, gates) and its reason. */
const OVERRIDE_TRAILER = 'Model-Stage-Override';
/** A version entering a stage this way must pass that stage's validation first. */
function needsValidation(operation) {
    return operation === 'promote' || operation === 'rollback';
}
/** The soak is judged for a promotion into a stage that asks for one (a rollback returns to a stage it served in). */
function soakApplies(pipeline, operation, to) {
    return operation === 'promote' && (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .stageSpec */ .aJ)(pipeline, to)?.soakSeconds !== undefined;
}
/** Whether judging the move needs the manifest's history: the rollback rule, or a soak. */
function needsHistory(pipeline, move) {
    const operation = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .legalOperation */ .dN)(move.from, move.to, pipeline);
    return operation === 'rollback' || soakApplies(pipeline, operation, move.to);
}
/** "metric gate: auc max_regression 0.01 (needs ≥ 0.9)": one failed rule, as an override records it. */
function gateRuleText(rule) {
    return `${rule.metric} ${rule.rule}${rule.note ? ` (${rule.note})` : ''}`;
}
function validationRefusal(facts) {
    switch (facts.state) {
        case 'no-command':
            return { guard: 'validation', cause: 'no-command', message: facts.reason };
        case 'not-run':
            return { guard: 'validation', cause: 'not-run', message: `validation not run: ${facts.reason}` };
        case 'ran': {
            const { result } = facts;
            if (result.status !== 'passed') {
                const how = result.status === 'timed-out'
                    ? 'timed out'
                    : result.exitCode !== null
                        ? `failed (exit ${result.exitCode})`
                        : `was killed by ${result.signal}`;
                return { guard: 'validation', cause: 'command', message: `validation ${how}` };
            }
            if (facts.problem)
                return { guard: 'validation', cause: 'measurement', message: facts.problem };
            return undefined;
        }
    }
}
/** Each guard's judgement; they are judged in the order of `GUARDS`. */
const judges = {
    'legal-move': ({ move, pipeline, operation }) => operation
        ? undefined
        : { guard: 'legal-move', message: (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .illegalMoveMessage */ .$e)(move.from, move.to, pipeline) },
    'never-was-in': ({ move, pipeline, operation, formerlyIn }) => operation === 'rollback' && formerlyIn && !formerlyIn.includes(move.version)
        ? {
            guard: 'never-was-in',
            message: `${move.version} was never in ${move.to} according to the manifest's git history, and a rollback ` +
                `returns a version only to a stage it served in: restore it to ${(0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .firstStage */ .d8)(pipeline).name} and ` +
                'promote it instead, so that it goes through review as a new candidate'
        }
        : undefined,
    soak: ({ move, soak }) => soak && soak.remainingSeconds > 0
        ? {
            guard: 'soak',
            soak,
            message: `${move.version} may not enter ${soak.target} yet: ${(0,_soak_js__WEBPACK_IMPORTED_MODULE_2__/* .soakShortfall */ .a5)(move.version, soak)}. Wait, or ` +
                `record why it may: promote it with force and a reason, or add a commit with a ${OVERRIDE_TRAILER}: ` +
                '<reason> trailer'
        }
        : undefined,
    validation: ({ validation }) => (validation ? validationRefusal(validation) : undefined),
    gates: ({ validation }) => {
        const judged = validation && validation.state !== 'no-command' ? validation.gates : [];
        const failed = judged.filter(rule => !rule.passed);
        return failed.length === 0
            ? undefined
            : { guard: 'gates', failed, message: `metric gates failed: ${failed.map(gateRuleText).join('; ')}` };
    }
};
function soakOf(facts, operation) {
    const { move, pipeline } = facts;
    if (!soakApplies(pipeline, operation, move.to) || move.from === null || move.to === null)
        return undefined;
    return (0,_soak_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeSoak */ .cE)(pipeline, move.from, move.to, facts.entered, facts.now);
}
/** What an override of a refusal records: one line per thing it let through. */
function bypassedBy(refusal, version) {
    if (refusal.guard === 'soak')
        return [`soak: ${(0,_soak_js__WEBPACK_IMPORTED_MODULE_2__/* .soakShortfall */ .a5)(version, refusal.soak)}`];
    if (refusal.guard === 'gates')
        return refusal.failed.map(rule => `metric gate: ${gateRuleText(rule)}`);
    return [refusal.message];
}
/**
 * The one verdict on a version entering a stage. A reason overrides the soak and the metric gates, never the move's
 * legality, the rollback rule or a validation that did not pass: a version whose command failed never moves.
 */
function judgeAdmission(facts) {
    const { move, overrideReason } = facts;
    const operation = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .legalOperation */ .dN)(move.from, move.to, facts.pipeline);
    const soak = soakOf(facts, operation);
    const judged = { ...facts, operation, soak };
    const found = Object.keys(GUARDS).flatMap(kind => judges[kind](judged) ?? []);
    const overridden = (refusal) => overrideReason !== undefined && GUARDS[refusal.guard].overridable;
    const refusals = found.filter(refusal => !overridden(refusal));
    const bypassed = found.filter(overridden).flatMap(refusal => bypassedBy(refusal, move.version));
    const awaitingValidation = needsValidation(operation) && facts.validation === undefined;
    const validation = facts.validation;
    return {
        move,
        ...(operation ? { operation } : {}),
        admitted: refusals.length === 0 && !awaitingValidation,
        awaitingValidation,
        refusals,
        ...(overrideReason !== undefined && bypassed.length > 0
            ? { override: { reason: overrideReason, bypassed } }
            : {}),
        ...(soak ? { soak } : {}),
        ...(validation ? { validation } : {}),
        gates: validation && validation.state !== 'no-command' ? validation.gates : []
    };
}
/** The refusals judged before validation runs: when any stands, validation is not worth running. */
function refusedBeforeValidation(verdict) {
    return verdict.refusals.filter(refusal => GUARDS[refusal.guard].beforeValidation);
}
/** "passed", "failed" or "skipped" (nothing to validate): the validation output of a move. */
function validationVerdict(verdict) {
    if (!verdict)
        return 'skipped';
    return verdict.admitted ? 'passed' : 'failed';
}
/** The result of the validation command, when one ran. */
function validationResult(verdict) {
    return verdict?.validation?.state === 'ran' ? verdict.validation.result : undefined;
}
/** The gate rules the version failed (overridden or not). */
function failedGates(verdict) {
    return (verdict?.gates ?? []).filter(rule => !rule.passed);
}
/** Why a version does not enter beyond its command's own exit: its measurement, the gates, a pre-validation guard. */
function refusalReasons(verdict) {
    return (verdict?.refusals ?? [])
        .filter(refusal => !(refusal.guard === 'validation' && refusal.cause === 'command'))
        .map(refusal => refusal.message);
}


/***/ }),

/***/ 480:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   fk: () => (/* binding */ RefusedError),
/* harmony export */   w2: () => (/* binding */ unknownModel)
/* harmony export */ });
/* harmony import */ var _manifest_closest_word_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1755);

/** A move the lifecycle rules forbid, or a validation that failed: exit code 1. */
class RefusedError extends Error {
    name = 'RefusedError';
}
/** A request that names something that does not exist or is malformed: exit code 2. */
class InputError extends Error {
    name = 'InputError';
}
/** At most this many known names are listed in a message; a long list is cut and counted. */
const LISTED_NAMES = 20;
/**
 * "unknown model m-500; the manifest has 1000 models: model-0, …, model-19 and 980 more. Did you mean model-500?":
 * a list short enough to read, and the closest name.
 */
function unknownModel(model, known, where = 'the manifest') {
    if (known.length === 0)
        return new InputError(`unknown model ${model}; ${where} has: no models`);
    const guess = (0,_manifest_closest_word_js__WEBPACK_IMPORTED_MODULE_0__/* .closestWord */ .E)(model, known);
    const hint = guess ? `. Did you mean ${guess}?` : '';
    const listed = known.length <= LISTED_NAMES
        ? `: ${known.join(', ')}`
        : ` ${known.length} models: ${known.slice(0, LISTED_NAMES).join(', ')} and ${known.length - LISTED_NAMES} more`;
    return new InputError(`unknown model ${model}; ${where} has${listed}${hint}`);
}


/***/ }),

/***/ 2225:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ isExclusive),
/* harmony export */   Jb: () => (/* binding */ stageIndex),
/* harmony export */   Mw: () => (/* binding */ isGuard),
/* harmony export */   TX: () => (/* binding */ lastStage),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aJ: () => (/* binding */ stageSpec),
/* harmony export */   d8: () => (/* binding */ firstStage),
/* harmony export */   gQ: () => (/* binding */ pipelineOf),
/* harmony export */   hL: () => (/* binding */ stageNames),
/* harmony export */   mz: () => (/* binding */ nextStage),
/* harmony export */   nF: () => (/* binding */ DEFAULT_PIPELINE)
/* harmony export */ });
/* unused harmony exports durationSeconds, pipelineText, landingsOf */
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6629);

/** A manifest without `stages:`: staging → production, production exclusive. */
const DEFAULT_PIPELINE = {
    stages: [
        { name: 'staging', exclusive: false },
        { name: 'production', exclusive: true }
    ]
};
const UNIT_SECONDS = { m: 60, h: 3600, d: 86_400 };
/** `30m`, `24h`, `7d` in seconds; undefined for anything else. */
function durationSeconds(text) {
    const match = /^([1-9]\d*)(m|h|d)$/.exec(text);
    if (!match)
        return undefined;
    return Number(match[1]) * UNIT_SECONDS[match[2]];
}
/** "20h 50m", "3d 4h", "45s": the two largest units, whole seconds down, for a person reading a refusal. */
function formatDuration(seconds) {
    const whole = Math.max(0, Math.floor(seconds));
    const parts = [];
    const days = Math.floor(whole / 86_400);
    const hours = Math.floor((whole % 86_400) / 3600);
    const minutes = Math.floor((whole % 3600) / 60);
    if (days > 0)
        parts.push(`${days}d`);
    if (hours > 0)
        parts.push(`${hours}h`);
    if (minutes > 0)
        parts.push(`${minutes}m`);
    if (parts.length === 0)
        return `${whole}s`;
    return parts.slice(0, 2).join(' ');
}
function specOf(declaration) {
    const spec = { name: declaration.name, exclusive: declaration.exclusive === true };
    if (declaration.validate !== undefined)
        spec.validate = declaration.validate;
    if (declaration.soak !== undefined) {
        spec.soak = declaration.soak;
        spec.soakSeconds = durationSeconds(declaration.soak);
    }
    if (declaration.environment !== undefined)
        spec.environment = declaration.environment;
    if (declaration.gates !== undefined && Object.keys(declaration.gates).length > 0)
        spec.gates = declaration.gates;
    return spec;
}
function pipelineOf(data) {
    return data.stages ? { stages: data.stages.map(specOf) } : DEFAULT_PIPELINE;
}
function firstStage(pipeline) {
    return pipeline.stages[0];
}
/** Where the live version is: the stage `production-version` and the metric gates' champion speak of. */
function lastStage(pipeline) {
    return pipeline.stages[pipeline.stages.length - 1];
}
function stageSpec(pipeline, name) {
    return pipeline.stages.find(stage => stage.name === name);
}
function stageIndex(pipeline, name) {
    return pipeline.stages.findIndex(stage => stage.name === name);
}
/** The stage after `name`; undefined for the last stage, archived or an unknown one. */
function nextStage(pipeline, name) {
    const index = stageIndex(pipeline, name);
    return index === -1 ? undefined : pipeline.stages[index + 1];
}
/** Every name a version's stage may take: the declared stages and archived. */
function stageNames(pipeline) {
    return [...pipeline.stages.map(stage => stage.name), _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ARCHIVED */ .Ts];
}
function isExclusive(pipeline, name) {
    return stageSpec(pipeline, name)?.exclusive === true;
}
/** A stage that must not be passed over by a promotion to a later one: it holds a guard of its own. */
function isGuard(stage) {
    return (stage.exclusive || stage.soak !== undefined || stage.validate !== undefined || stage.gates !== undefined);
}
/** "staging → canary → production" */
function pipelineText(pipeline) {
    return pipeline.stages.map(stage => stage.name).join(' → ');
}
/** The moves into stages that have an `environment`, in the order given. */
function landingsOf(pipeline, changes) {
    const last = lastStage(pipeline).name;
    return changes.flatMap(change => {
        const environment = stageSpec(pipeline, change.to)?.environment;
        if (environment === undefined || change.to === null)
            return [];
        return [
            {
                model: change.model,
                version: change.version,
                stage: change.to,
                environment,
                production: change.to === last
            }
        ];
    });
}


/***/ }),

/***/ 7331:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ evaluationCandidates),
/* harmony export */   It: () => (/* binding */ versionIn),
/* harmony export */   S1: () => (/* binding */ manifestStatus),
/* harmony export */   Wl: () => (/* binding */ newestInStage),
/* harmony export */   ix: () => (/* binding */ productionVersion),
/* harmony export */   x4: () => (/* binding */ versionsOf)
/* harmony export */ });
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6629);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(480);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2225);



/** A model's versions; an unknown model is an input error that lists the known ones. */
function versionsOf(data, model) {
    (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertModelName */ .fY)(model);
    const entry = data.models[model];
    if (!entry) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unknownModel */ .w2)(model, Object.keys(data.models));
    }
    return entry.versions;
}
/** The version of a model in a stage (the first written, for a stage that is not exclusive). */
function versionIn(data, model, stage) {
    return [...versionsOf(data, model)].find(([, entry]) => entry.stage === stage)?.[0];
}
/** The live version: the one in the pipeline's last stage (production, without `stages:`). */
function productionVersion(data, model) {
    return versionIn(data, model, (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .lastStage */ .TX)((0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data)).name);
}
/** The newest (last written) version of a model in a stage. */
function newestInStage(data, model, stage) {
    return [...versionsOf(data, model)]
        .filter(([, entry]) => entry.stage === stage)
        .map(([version]) => version)
        .pop();
}
/**
 * The newest version in the first stage of every model (or of `model`), with the stage it is promoted to: the
 * candidates evaluate validates.
 */
function evaluationCandidates(data, model) {
    const pipeline = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data);
    const from = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .firstStage */ .d8)(pipeline).name;
    const to = pipeline.stages[1]?.name ?? (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .lastStage */ .TX)(pipeline).name;
    const models = model === undefined ? Object.keys(data.models) : [model];
    return models.flatMap(name => {
        const version = newestInStage(data, name, from);
        return version === undefined ? [] : [{ model: name, version, from, to }];
    });
}
/** Where every model stands: one record per model, in the order written. */
function manifestStatus(data) {
    const pipeline = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data);
    return Object.entries(data.models).map(([model, entry]) => {
        const inStage = (stage) => [...entry.versions].filter(([, version]) => version.stage === stage).map(([version]) => version);
        const status = {
            model,
            production: inStage((0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .lastStage */ .TX)(pipeline).name)[0] ?? null,
            staging: inStage((0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .firstStage */ .d8)(pipeline).name),
            archived: inStage(_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCHIVED */ .Ts)
        };
        if (data.stages)
            status.stages = Object.fromEntries(pipeline.stages.map(stage => [stage.name, inStage(stage.name)]));
        return status;
    });
}


/***/ }),

/***/ 4128:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ illegalMoveMessage),
/* harmony export */   Su: () => (/* binding */ stageMove),
/* harmony export */   dN: () => (/* binding */ legalOperation)
/* harmony export */ });
/* unused harmony exports legalMoves, LEGAL_MOVES, stageName */
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6629);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2225);


/**
 * Every legal move of a pipeline and the operation that makes it; anything not listed is refused. register enters
 * the first stage; promote goes forward, past a stage only when it holds no guard of its own; any stage can be
 * archived; restore brings an archived version back to the first stage; rollback returns it to an exclusive stage.
 */
function movesOf(pipeline) {
    const stages = pipeline.stages;
    const first = stages[0]?.name ?? '';
    const moves = [{ from: null, to: first, operation: 'register' }];
    stages.forEach((stage, index) => {
        for (let target = index + 1; target < stages.length; target++) {
            moves.push({ from: stage.name, to: stages[target]?.name ?? '', operation: 'promote' });
            const passed = stages[target];
            if (passed && (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .isGuard */ .Mw)(passed))
                break;
        }
        moves.push({ from: stage.name, to: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCHIVED */ .Ts, operation: 'archive' });
    });
    moves.push({ from: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCHIVED */ .Ts, to: first, operation: 'restore' });
    for (const stage of stages)
        if (stage.exclusive)
            moves.push({ from: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCHIVED */ .Ts, to: stage.name, operation: 'rollback' });
    return moves;
}
const cache = new WeakMap();
function legalMoves(pipeline = _pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PIPELINE */ .nF) {
    let moves = cache.get(pipeline);
    if (!moves) {
        moves = movesOf(pipeline);
        cache.set(pipeline, moves);
    }
    return moves;
}
/** The legal moves of a manifest without `stages:`. */
const LEGAL_MOVES = legalMoves(_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PIPELINE */ .nF);
function stageName(stage) {
    return stage ?? 'unregistered';
}
/** "staging → production": the one spelling of a move between stages ("removed" for a version deleted by hand). */
function stageMove(from, to, arrow = '→') {
    return `${stageName(from)} ${arrow} ${to ?? 'removed'}`;
}
function legalOperation(from, to, pipeline = _pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PIPELINE */ .nF) {
    return legalMoves(pipeline).find(move => move.from === from && move.to === to)?.operation;
}
function legalMovesFrom(from, pipeline) {
    const moves = legalMoves(pipeline).filter(move => move.from === from);
    if (moves.length === 0)
        return 'none';
    return moves.map(move => `${move.operation} (→ ${move.to})`).join(', ');
}
/** "production → staging is not allowed; from production the legal moves are: archive (→ archived)" */
function illegalMoveMessage(from, to, pipeline = _pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PIPELINE */ .nF) {
    const removal = to === null ? ' (versions are archived, never deleted: git history is the archive)' : '';
    return `${stageMove(from, to)} is not allowed${removal}; from ${stageName(from)} the legal moves are: ${legalMovesFrom(from, pipeline)}`;
}


/***/ }),

/***/ 2633:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RX: () => (/* binding */ stageEntry),
/* harmony export */   a5: () => (/* binding */ soakShortfall),
/* harmony export */   cE: () => (/* binding */ judgeSoak)
/* harmony export */ });
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2225);

/** The last move of a version into `stage` in a history; undefined when the history does not have one. */
function stageEntry(entries, committedAt, model, version, stage) {
    const entry = entries.findLast(candidate => candidate.model === model && candidate.version === version && candidate.to === stage);
    if (!entry)
        return undefined;
    return { commit: entry.commit, date: entry.commit ? (committedAt.get(entry.commit) ?? null) : null };
}
/**
 * How long a version has spent in `from` against the soak `target` asks for; undefined when `target` has none.
 * A move not committed yet, or not found in the history, has spent no time there.
 */
function judgeSoak(pipeline, from, target, entered, now) {
    const spec = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .stageSpec */ .aJ)(pipeline, target);
    if (spec?.soak === undefined || spec.soakSeconds === undefined)
        return undefined;
    const since = entered?.date ? Date.parse(entered.date) : NaN;
    const elapsedSeconds = Number.isNaN(since) ? 0 : Math.max(0, (now.getTime() - since) / 1000);
    return {
        stage: from,
        target,
        soak: spec.soak,
        requiredSeconds: spec.soakSeconds,
        elapsedSeconds,
        remainingSeconds: Math.max(0, spec.soakSeconds - elapsedSeconds),
        entered
    };
}
/** "1.2.0 entered canary 3h 10m ago (commit abc1234): 20h 50m of the 24h soak remain" */
function soakShortfall(version, verdict) {
    const { entered } = verdict;
    const when = entered?.commit
        ? `entered ${verdict.stage} ${(0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(verdict.elapsedSeconds)} ago (commit ${entered.commit.slice(0, 7)})`
        : entered
            ? `entered ${verdict.stage} in a change not committed yet`
            : `has no recorded time in ${verdict.stage}`;
    return `${version} ${when}: ${(0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(verdict.remainingSeconds)} of the ${verdict.soak} soak before ${verdict.target} remain`;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
