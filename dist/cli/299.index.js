export const id = 299;
export const ids = [299];
export const modules = {

/***/ 4299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedLineCount: () => (/* binding */ changedLineCount),
/* harmony export */   unifiedDiff: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7291);

function unifiedDiff(file, before, after) {
    if (before === after)
        return '';
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .createTwoFilesPatch */ .ss)(`a/${file}`, `b/${file}`, before, after, '', '', { context: 2 })
        .split('\n')
        .filter(line => !line.startsWith('====='))
        .map(line => line.replace(/\t$/, ''))
        .join('\n');
}
/** Lines removed plus lines added. */
function changedLineCount(before, after) {
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .structuredPatch */ .YB)('a', 'b', before, after, '', '', { context: 0 })
        .hunks.flatMap(hunk => hunk.lines)
        .filter(line => line.startsWith('-') || line.startsWith('+')).length;
}


/***/ })

};
