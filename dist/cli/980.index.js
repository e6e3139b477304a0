export const id = 980;
export const ids = [980];
export const modules = {

/***/ 980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runLintCommand: () => (/* binding */ runLintCommand)
/* harmony export */ });
/* harmony import */ var _commands_workspace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7112);
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8553);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6657);



/** Every problem of the manifest as FILE:LINE:COL: message. */
async function runLintCommand(context) {
    const { workspace } = context;
    // A valid manifest is read fast; the position-tracking check runs only to report problems.
    await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifest */ .W)(await (0,_commands_workspace_js__WEBPACK_IMPORTED_MODULE_0__/* .readWorkspaceManifest */ .P_)(workspace), workspace.manifestName);
    const problems = [];
    (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .print */ .yy)(context.io, context.json, { file: workspace.manifestName, problems }, () => `${workspace.manifestName}: no problems\n`);
    return _output_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OK */ .Ij;
}


/***/ }),

/***/ 8579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ modelsLayout),
/* harmony export */   x: () => (/* binding */ modelBlock)
/* harmony export */ });
/** The indentation of the line at `start`, or undefined for a blank or comment-only line. */
function indentAt(text, start) {
    let position = start;
    while (text[position] === ' ')
        position++;
    const next = text[position];
    return next === undefined || next === '\n' || next === '\r' || next === '#' ? undefined : position - start;
}
function nextLine(text, start) {
    const newline = text.indexOf('\n', start);
    return newline === -1 ? text.length : newline + 1;
}
/** A line of the models map with content (a model key, or more indented), captured: its indentation. */
const CONTENT_LINE = /\n( *)[^ \n\r#]/g;
/** A line at the top level: the first one after `models:` ends the models map. */
const TOP_LEVEL_LINE = /\n[^ \n\r#]/g;
/** The layout of a block-style models map; undefined for any other (flow style, no models, tabs). */
function modelsLayout(text) {
    const match = /^models:[ \t]*(#.*)?\r?$/m.exec(text);
    if (!match)
        return undefined;
    const bodyStart = nextLine(text, match.index);
    // Both searches start at the newline that ends the models: line; blank and comment lines are passed over.
    CONTENT_LINE.lastIndex = bodyStart - 1;
    const first = bodyStart < text.length ? CONTENT_LINE.exec(text) : null;
    const modelIndent = first?.[1]?.length;
    if (modelIndent === undefined || modelIndent === 0)
        return undefined;
    TOP_LEVEL_LINE.lastIndex = bodyStart - 1;
    const next = TOP_LEVEL_LINE.exec(text);
    return { lineStart: match.index, bodyStart, bodyEnd: next ? next.index + 1 : text.length, modelIndent };
}
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The lines of one model: from its key line to the next line at the models' indentation (comments and blank
 * lines in between go with it). Undefined when its key is not written plainly on a line of its own.
 */
function modelBlock(text, layout, model) {
    const key = `(${escape(model)}|"${escape(model)}"|'${escape(model)}')`;
    const pattern = new RegExp(`^ {${layout.modelIndent}}${key}:[ \\t]*(#.*)?\\r?$`, 'gm');
    pattern.lastIndex = layout.bodyStart;
    const match = pattern.exec(text);
    if (!match || match.index >= layout.bodyEnd)
        return undefined;
    let end = nextLine(text, match.index);
    while (end < layout.bodyEnd) {
        const indent = indentAt(text, end);
        if (indent !== undefined && indent <= layout.modelIndent)
            break;
        end = nextLine(text, end);
    }
    return { start: match.index, end };
}


/***/ }),

/***/ 8553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readManifestForModel),
/* harmony export */   W: () => (/* binding */ readManifest)
/* harmony export */ });
/* harmony import */ var _blocks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8579);
/* harmony import */ var _fast_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5764);


/*
 * The manifest for commands that only read it. A valid manifest is read by the fast path; the position-tracking
 * check, and the YAML parser it needs, are loaded only to report the problems of one that is not.
 */
async function checkedData(text, file) {
    const { loadManifestText } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(521)]).then(__webpack_require__.bind(__webpack_require__, 521));
    return loadManifestText(text, file).data;
}
/** The whole manifest, checked: its problems are thrown as a ManifestError, each at its line. */
async function readManifest(text, file) {
    return (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readValidManifest */ .m)(text) ?? checkedData(text, file);
}
/**
 * The manifest's header and one model, for a command about that model alone: the other models' blocks are not
 * read. Whenever that cannot be done plainly (an unknown model, an unusual layout, a problem), the whole file is
 * read and checked instead, so every error is reported as it would be.
 */
async function readManifestForModel(text, file, model) {
    const layout = (0,_blocks_js__WEBPACK_IMPORTED_MODULE_1__/* .modelsLayout */ .d)(text);
    const block = layout && (0,_blocks_js__WEBPACK_IMPORTED_MODULE_1__/* .modelBlock */ .x)(text, layout, model);
    if (layout && block && layout.bodyEnd === text.length) {
        const header = (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readValidManifest */ .m)(`${text.slice(0, layout.lineStart)}models: {}\n`);
        const models = header && (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readValidModels */ .X)(text.slice(block.start, block.end), header.stages);
        const entry = models?.[model];
        if (header && models && entry && Object.keys(models).length === 1)
            return { ...header, models: { [model]: entry } };
    }
    return readManifest(text, file);
}


/***/ })

};
