export const id = 550;
export const ids = [550];
export const modules = {

/***/ 550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInitCommand: () => (/* binding */ runInitCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/manifest/template.ts
/** A new manifest, commented for a first-time reader; block style throughout, so that edits stay readable. */
function newManifestText(options) {
    const lines = [
        ...(options.schema === undefined ? [] : [`# yaml-language-server: $schema=${options.schema}`]),
        '# The stage manifest: every version of every model, and the stage it is in.',
        '# A version moves staging -> production -> archived; it enters production only when its',
        '# validation command exits 0. Change it with model-stages (register, promote, archive, rollback).',
        'version: 1',
        ''
    ];
    if (options.validate !== undefined) {
        lines.push('defaults:', '  # Runs in the repository root with MODEL_NAME, MODEL_VERSION, MODEL_URI, MODEL_STAGE in its environment.', `  validate: ${JSON.stringify(options.validate)}`, '');
    }
    if (options.model === undefined) {
        lines.push('models: {} # model-stages register MODEL VERSION --uri URI adds the first one');
    }
    else {
        lines.push('models:', `  ${options.model}:`, `    versions: {} # model-stages register ${options.model} VERSION --uri URI adds the first one`);
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/cli/output.ts + 1 modules
var output = __webpack_require__(4871);
// EXTERNAL MODULE: ./src/cli/package-root.ts
var package_root = __webpack_require__(5811);
;// CONCATENATED MODULE: ./src/cli/handlers/init.ts






/** Writes a new, commented manifest; an existing one is never overwritten. */
async function runInitCommand(context) {
    const { workspace, request } = context;
    const model = request.declare;
    const schema = (0,package_root/* schemaPathFrom */.J)(external_node_path_default().dirname(workspace.manifestPath), workspace.root);
    const text = newManifestText({ model, validate: request.validate, schema });
    try {
        await external_node_fs_.promises.writeFile(workspace.manifestPath, text, { flag: 'wx' });
    }
    catch (error) {
        if (error.code === 'EEXIST')
            throw new errors/* InputError */.dz(`${workspace.manifestName} already exists: init never overwrites a manifest`);
        throw error;
    }
    (0,output/* print */.yy)(context.io, context.json, { file: workspace.manifestName, created: true, schema: schema ?? null }, () => [
        `Wrote ${workspace.manifestName}.`,
        ...(schema === undefined
            ? [
                'Editor support: model-stages is not installed in this repository, so no schema line was written;',
                'point "# yaml-language-server: $schema=" at its schema/model-stages.schema.json (docs/manifest.md).'
            ]
            : []),
        `Next: model-stages register ${model ?? 'MODEL'} VERSION --uri URI, then commit the file.`
    ].join('\n') + '\n');
    return output/* EXIT_OK */.Ij;
}


/***/ })

};
