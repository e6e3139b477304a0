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

/***/ 8553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readManifestForModel),
/* harmony export */   W: () => (/* binding */ readManifest)
/* harmony export */ });
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
    return (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readValidManifest */ .mc)(text) ?? checkedData(text, file);
}
/**
 * The manifest's header and one model, for a command about that model alone: the other models' blocks are not
 * read. Whenever that cannot be done plainly (an unknown model, an unusual layout, a problem), the whole file is
 * read and checked instead, so every error is reported as it would be.
 */
async function readManifestForModel(text, file, model) {
    return (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readValidModel */ .K9)(text, model) ?? readManifest(text, file);
}


/***/ })

};
