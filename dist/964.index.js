export const id = 964;
export const ids = [964];
export const modules = {

/***/ 6964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerify: () => (/* binding */ runVerify)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var stages_pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/commands/digest.ts + 1 modules
var commands_digest = __webpack_require__(2781);
;// CONCATENATED MODULE: ./src/commands/verify.ts



/** The stages verify looks at: those named, else every exclusive stage (what is served). */
function verifiedStages(data, stages) {
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(data);
    if (!stages || stages.length === 0)
        return pipeline.stages.filter(stage => stage.exclusive).map(stage => stage.name);
    const known = (0,stages_pipeline/* stageNames */.hL)(pipeline);
    for (const stage of stages)
        if (!known.includes(stage))
            throw new errors/* InputError */.dz(`unknown stage ${stage}: the stages are ${known.join(', ')}`);
    return [...stages];
}
/**
 * Takes again the digest of every version in the given stages (of every model, or MODEL's) and compares it with
 * the one recorded: the bytes served are the bytes that were validated, or the drift is named.
 */
async function verifyDigests(workspace, data, model, stages) {
    if (model !== undefined && !data.models[model])
        throw new errors/* InputError */.dz(`unknown model ${model}`);
    const looked = verifiedStages(data, stages);
    const verified = [];
    for (const name of model === undefined ? Object.keys(data.models) : [model]) {
        for (const [version, entry] of data.models[name]?.versions ?? []) {
            if (!looked.includes(entry.stage))
                continue;
            const base = {
                model: name,
                version,
                stage: entry.stage,
                uri: entry.uri ?? null,
                recorded: entry.digest ?? null
            };
            if (!entry.digest) {
                verified.push({ ...base, now: null, status: 'unrecorded' });
                continue;
            }
            try {
                const subject = { model: name, version, uri: entry.uri, stage: entry.stage, target: entry.stage };
                const { digest } = await (0,commands_digest/* takeDigest */.G)(workspace, data, subject);
                verified.push({ ...base, now: digest, status: digest === entry.digest ? 'ok' : 'drift' });
            }
            catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                verified.push({ ...base, now: null, status: 'unreadable', error: message });
            }
        }
    }
    return verified;
}
/** Whether verify fails: a digest that differs, or one that could not be taken. */
function verifyFailed(verified) {
    return verified.some(entry => entry.status === 'drift' || entry.status === 'unreadable');
}

// EXTERNAL MODULE: ./src/commands/workspace.ts + 1 modules
var commands_workspace = __webpack_require__(7112);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/reporting/markdown.ts
var markdown = __webpack_require__(1093);
;// CONCATENATED MODULE: ./src/reporting/verify.ts

const SHOWN = {
    ok: '✅ same bytes',
    drift: '❌ drift',
    unreadable: '❌ cannot be read',
    unrecorded: '— no digest recorded'
};
/** The verify table, as the job summary shows it. */
function verifyMarkdown(verified) {
    if (verified.length === 0)
        return 'No version in those stages.';
    return (0,markdown/* markdownTable */.Qj)(['Model', 'Version', 'Stage', 'Recorded', 'Now', 'Result'], verified.map(entry => [
        entry.model,
        `\`${entry.version}\``,
        entry.stage,
        entry.recorded ? `\`${entry.recorded.slice(0, 19)}…\`` : '—',
        entry.now ? `\`${entry.now.slice(0, 19)}…\`` : '—',
        entry.error ? `${SHOWN[entry.status]}: ${entry.error}` : SHOWN[entry.status]
    ]));
}
/** One line per version, as the CLI prints it. */
function verifyText(verified) {
    if (verified.length === 0)
        return 'No version in those stages.\n';
    return (verified
        .map(entry => {
        const where = `${entry.model} ${entry.version} (${entry.stage})`;
        if (entry.status === 'ok')
            return `${where}: same bytes, ${entry.now}`;
        if (entry.status === 'drift')
            return `${where}: DRIFT: recorded ${entry.recorded}, now ${entry.now}`;
        if (entry.status === 'unreadable')
            return `${where}: cannot be read: ${entry.error}`;
        return `${where}: no digest recorded`;
    })
        .join('\n') + '\n');
}

// EXTERNAL MODULE: ./src/action/fence.ts
var fence = __webpack_require__(6391);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
;// CONCATENATED MODULE: ./src/action/run-verify.ts








/** verify: the digests of what is served taken again, for a schedule or a deploy job; the step fails on drift. */
async function runVerify({ request }, workspace) {
    const data = await (0,read/* readManifest */.WI)(await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace), workspace.manifestName);
    const verified = await verifyDigests(workspace, data, request.model, request.stages);
    const failed = verifyFailed(verified);
    (0,outputs/* setOutput */.u)('verified', JSON.stringify(verified));
    (0,outputs/* setOutput */.u)('drift', String(failed));
    (0,outputs/* setOutput */.u)('changed', 'false');
    await (0,fence/* logFenced */.v)(verifyText(verified).trimEnd());
    await (0,summary/* writeSummary */.S)(`## model-stages: verify\n\n${verifyMarkdown(verified)}`);
    if (failed)
        core/* setFailed */.C1(`the artifacts of ${verified.filter(entry => entry.status === 'drift' || entry.status === 'unreadable').length} served version(s) are not the bytes recorded (see the summary)`);
}


/***/ }),

/***/ 2781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ canDigest),
  G: () => (/* binding */ takeDigest)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/adapters/digest.ts






const hex = (hash) => `sha256:${hash.digest('hex')}`;
/** The sha256 of a file, read once as a stream: memory stays constant whatever the size. */
async function fileDigest(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 }), hash);
    return hex(hash);
}
/** Every file below `root`, as sorted relative paths with `/` separators; a symbolic link is refused. */
async function filesBelow(root) {
    const found = [];
    const walk = async (relative) => {
        const entries = await (0,promises_.readdir)(external_node_path_default().join(root, relative), { withFileTypes: true });
        for (const entry of entries) {
            const child = relative ? `${relative}/${entry.name}` : entry.name;
            if (entry.isSymbolicLink())
                throw new Error(`${child} is a symbolic link: a directory's digest is taken over regular files only`);
            if (entry.isDirectory())
                await walk(child);
            else if (entry.isFile())
                found.push(child);
            else
                throw new Error(`${child} is not a regular file`);
        }
    };
    await walk('');
    // Byte order of the UTF-8 paths, so that the digest does not depend on the platform's collation.
    return found.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
/**
 * A directory's digest: the sha256 of the lines `<sha256 hex of the file>  <relative path>\n`, one per regular
 * file, sorted by path (what `sha256sum` prints for the sorted files, so it can be checked by hand:
 * `find . -type f | LC_ALL=C sort | sed 's|^./||' | xargs sha256sum | sha256sum`). Symbolic links are refused.
 */
async function directoryDigest(root) {
    const listing = (0,external_node_crypto_.createHash)('sha256');
    for (const file of await filesBelow(root)) {
        const digest = await fileDigest(external_node_path_default().join(root, file));
        listing.update(`${digest.slice('sha256:'.length)}  ${file}\n`);
    }
    return hex(listing);
}
/** A local path's digest: a file's or a directory's. */
async function pathDigest(target) {
    const stat = await (0,promises_.lstat)(target);
    if (stat.isSymbolicLink())
        throw new Error(`${target} is a symbolic link: give the path it points to`);
    if (stat.isDirectory())
        return directoryDigest(target);
    if (stat.isFile())
        return fileDigest(target);
    throw new Error(`${target} is not a file or a directory`);
}
/** The sha256 of what an http(s) URL serves, hashed as it streams in. */
async function urlDigest(url, timeoutMs = 10 * 60 * 1000) {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!response.ok || !response.body)
        throw new Error(`${url} answered ${response.status} ${response.statusText}: nothing to hash`);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), hash);
    return hex(hash);
}
/** What a digest command printed: its last line, `sha256:<hex>` or the bare hex as sha256sum prints it. */
function digestFromOutput(output) {
    const last = output.trim().split('\n').at(-1)?.trim() ?? '';
    const match = /^(?:sha256:)?([0-9a-f]{64})(?:\s.*)?$/.exec(last);
    return match ? `sha256:${match[1]}` : undefined;
}

// EXTERNAL MODULE: ./src/adapters/validation.ts
var validation = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(10);
;// CONCATENATED MODULE: ./src/commands/digest.ts







/** The local path a uri names: a path (relative to the repository root) or a file: URL; undefined for any other scheme. */
function localPath(workspace, uri) {
    if (uri.startsWith('file:'))
        return (0,external_node_url_.fileURLToPath)(uri);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri))
        return undefined;
    return external_node_path_default().resolve(workspace.root, uri);
}
function digestCommandOf(data, model) {
    const command = data.models[model]?.digest ?? data.defaults?.digest;
    return command?.trim() ? command : undefined;
}
/** Whether model-stages can take the digest of `uri` at all: a local path that exists, http(s), or a digest command. */
function canDigest(workspace, data, model, uri) {
    const local = localPath(workspace, uri);
    if (local !== undefined)
        return (0,external_node_fs_.existsSync)(local);
    return /^https?:\/\//i.test(uri) || digestCommandOf(data, model) !== undefined;
}
/**
 * The digest of a version's artifact, taken now: a local file or directory is hashed here, an http(s) URL is
 * fetched and hashed as it streams, anything else (s3://, gs://, hf://) by the manifest's digest command, run like
 * the validation (same environment, no secrets), whose last line of output is the digest.
 */
async function takeDigest(workspace, data, subject, timeoutSeconds) {
    const uri = subject.uri;
    if (!uri)
        throw new errors/* InputError */.dz(`${subject.model} ${subject.version} has no uri: there is nothing to take a digest of`);
    const local = localPath(workspace, uri);
    if (local !== undefined)
        return { digest: await pathDigest(local), source: 'path' };
    if (/^https?:\/\//i.test(uri))
        return { digest: await urlDigest(uri), source: 'url' };
    const command = digestCommandOf(data, subject.model);
    if (!command)
        throw new errors/* InputError */.dz(`model-stages cannot read ${uri} itself: declare a digest command (models.${subject.model}.digest or ` +
            'defaults.digest) that prints its sha256, or give the digest (--digest, or the digest input)');
    const run = await (0,validation/* runValidation */.Lb)({
        command,
        cwd: workspace.root,
        env: (0,validate/* validationEnvironment */.vq)(workspace, subject),
        timeoutSeconds
    });
    const digest = run.status === 'passed' ? digestFromOutput(run.tail) : undefined;
    if (!digest)
        throw new errors/* RefusedError */.fk(`the digest command of ${subject.model} ${run.status === 'passed' ? 'printed no sha256 on its last line' : `${run.status} (exit ${run.exitCode ?? run.signal})`}: ${run.tail.split('\n').slice(-3).join(' ').slice(0, 200)}`);
    return { digest, source: 'command' };
}


/***/ })

};
