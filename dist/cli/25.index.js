export const id = 25;
export const ids = [25];
export const modules = {

/***/ 8025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runLintCommand: () => (/* binding */ runLintCommand)
/* harmony export */ });
/* harmony import */ var _commands_workspace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2743);
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8553);
/* harmony import */ var _manifest_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1905);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4871);




/** Every problem of the manifest as FILE:LINE:COL: message; with --json, `{ file, problems }` either way. */
async function runLintCommand(context) {
    const { workspace, io } = context;
    let problems;
    try {
        problems = (await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_1__/* .checkManifest */ .K7)(await (0,_commands_workspace_js__WEBPACK_IMPORTED_MODULE_0__/* .readWorkspaceManifest */ .P_)(workspace), workspace.manifestName)).problems;
    }
    catch (error) {
        // A manifest that cannot be read at all is a problem of the file, reported like every other one.
        if (!(error instanceof _manifest_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestError */ .Sh))
            throw error;
        problems = error.problems;
    }
    if (context.json)
        (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .print */ .yy)(io, true, { file: workspace.manifestName, problems }, () => '');
    else if (problems.length === 0)
        io.out(`${workspace.manifestName}: no problems\n`);
    else
        io.err(problems.map(_manifest_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .formatProblem */ .Vw).join('\n') + '\n');
    return problems.length === 0 ? _output_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT_OK */ .Ij : _output_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT_BAD_INPUT */ .yt;
}


/***/ })

};
