export const id = 707;
export const ids = [707];
export const modules = {

/***/ 6707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PackReader: () => (/* binding */ PackReader)
/* harmony export */ });
/* unused harmony exports DEFAULT_CACHE_BYTES, applyDelta */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);




const TYPES = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };
const OFS_DELTA = 6;
const REF_DELTA = 7;
const OID_BYTES = 20;
const IDX_MAGIC = 0xff744f63;
/** Longer delta chains than git ever writes (pack.depth is at most 4095) mean a corrupt pack, or a cycle. */
const MAX_CHAIN = 5000;
/**
 * The resolved objects kept, by total bytes: a long history of one file resolves each revision from one kept. More
 * is slower as well as larger (the memory reused for new results has gone cold), and git's own delta choices for a
 * 1.4 MB file read no faster with 96 MB than with 8 MB.
 */
const DEFAULT_CACHE_BYTES = 16 * 1024 * 1024;
/** An inconsistency in a pack: the object is not read from it. */
class Unreadable extends Error {
}
function check(condition, what) {
    if (!condition)
        throw new Unreadable(what);
}
const CRC_TABLE = (() => {
    const table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c;
    }
    return table;
})();
/** zlib.crc32 where Node has it (20.15 and later), the table otherwise. */
const crc32 = typeof (node_zlib__WEBPACK_IMPORTED_MODULE_3___default().crc32) === 'function'
    ? data => node_zlib__WEBPACK_IMPORTED_MODULE_3___default().crc32(data)
    : data => {
        let c = -1;
        for (const byte of data)
            c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
        return (c ^ -1) >>> 0;
    };
/** The entry number of `oid` (20 bytes) in a pack's index, or -1. */
function findEntry(pack, oid) {
    const first = oid[0] ?? 0;
    let low = first === 0 ? 0 : (pack.fanout[first - 1] ?? 0);
    let high = pack.fanout[first] ?? 0;
    while (low < high) {
        const middle = (low + high) >>> 1;
        const order = pack.names.compare(oid, 0, OID_BYTES, middle * OID_BYTES, (middle + 1) * OID_BYTES);
        if (order === 0)
            return middle;
        if (order > 0)
            high = middle;
        else
            low = middle + 1;
    }
    return -1;
}
/** Reads a version 2 `.idx` and opens its `.pack`; undefined for anything else, or anything inconsistent. */
function openPack(idxPath) {
    const idx = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(idxPath);
    if (idx.length < 8 + 256 * 4 + 2 * OID_BYTES)
        return undefined;
    if (idx.readUInt32BE(0) !== IDX_MAGIC || idx.readUInt32BE(4) !== 2)
        return undefined;
    const body = idx.length - OID_BYTES;
    const sum = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(idx.subarray(0, body)).digest();
    if (!sum.equals(idx.subarray(body)))
        return undefined;
    const fanout = new Uint32Array(256);
    for (let i = 0; i < 256; i++)
        fanout[i] = idx.readUInt32BE(8 + i * 4);
    for (let i = 1; i < 256; i++)
        if ((fanout[i] ?? 0) < (fanout[i - 1] ?? 0))
            return undefined;
    const count = fanout[255] ?? 0;
    const namesAt = 8 + 256 * 4;
    const crcsAt = namesAt + count * OID_BYTES;
    const offsetsAt = crcsAt + count * 4;
    const largeAt = offsetsAt + count * 4;
    const largeCount = (idx.length - 2 * OID_BYTES - largeAt) / 8;
    if (!Number.isInteger(largeCount) || largeCount < 0)
        return undefined;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(idxPath.replace(/\.idx$/, '.pack'), 'r');
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd).size;
        const header = Buffer.alloc(12);
        const trailer = Buffer.alloc(OID_BYTES);
        if (size < 12 + OID_BYTES)
            return closed(fd);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, header, 0, 12, 0) !== 12 ||
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, trailer, 0, OID_BYTES, size - OID_BYTES) !== OID_BYTES)
            return closed(fd);
        const version = header.readUInt32BE(4);
        if (header.toString('latin1', 0, 4) !== 'PACK' || (version !== 2 && version !== 3))
            return closed(fd);
        if (header.readUInt32BE(8) !== count)
            return closed(fd);
        if (!trailer.equals(idx.subarray(body - OID_BYTES, body)))
            return closed(fd);
        const end = size - OID_BYTES;
        const offsets = new Float64Array(count);
        for (let i = 0; i < count; i++) {
            const small = idx.readUInt32BE(offsetsAt + i * 4);
            let offset = small;
            if (small & 0x80000000) {
                const large = small & 0x7fffffff;
                if (large >= largeCount)
                    return closed(fd);
                offset = idx.readUInt32BE(largeAt + large * 8) * 2 ** 32 + idx.readUInt32BE(largeAt + large * 8 + 4);
            }
            if (offset < 12 || offset >= end)
                return closed(fd);
            offsets[i] = offset;
        }
        return {
            name: node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(idxPath, '.idx'),
            fd,
            end,
            count,
            fanout,
            names: Buffer.from(idx.subarray(namesAt, crcsAt)),
            crcs: Buffer.from(idx.subarray(crcsAt, offsetsAt)),
            offsets
        };
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        throw error;
    }
}
function closed(fd) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    return undefined;
}
/** The entries of a pack in the order they are stored, made when the pack is first read from. */
function byOffset(pack) {
    if (pack.byOffset)
        return pack.byOffset;
    const entries = new Uint32Array(pack.count);
    for (let i = 0; i < pack.count; i++)
        entries[i] = i;
    entries.sort((a, b) => (pack.offsets[a] ?? 0) - (pack.offsets[b] ?? 0));
    const offsets = new Float64Array(pack.count);
    for (let i = 0; i < pack.count; i++)
        offsets[i] = pack.offsets[entries[i] ?? 0] ?? 0;
    for (let i = 1; i < pack.count; i++)
        check((offsets[i] ?? 0) > (offsets[i - 1] ?? 0), 'two entries at one offset');
    pack.byOffset = { entries, offsets };
    return pack.byOffset;
}
/** A little-endian base-128 number, as delta headers write sizes. */
function deltaSize(delta, at) {
    let value = 0;
    let shift = 0;
    let byte;
    do {
        check(at < delta.length && shift < 53, 'delta size');
        byte = delta[at++] ?? 0;
        value += (byte & 0x7f) * 2 ** shift;
        shift += 7;
    } while (byte & 0x80);
    return [value, at];
}
/** How many offset and size bytes follow a copy instruction. */
function copyFields(op) {
    let count = 0;
    for (let bit = 0; bit < 7; bit++)
        if (op & (1 << bit))
            count++;
    return count;
}
/**
 * git's delta format: the base's size, the result's size, then copy (from the base) and insert instructions. The
 * result is written to `allocate(size)`, a buffer of exactly that size.
 */
function applyDelta(base, delta, allocate = size => Buffer.allocUnsafe(size)) {
    const [sourceSize, afterSource] = deltaSize(delta, 0);
    check(sourceSize === base.length, 'delta base size');
    const [targetSize, start] = deltaSize(delta, afterSource);
    const target = allocate(targetSize);
    check(target.length === targetSize, 'delta target');
    const end = delta.length;
    const baseSize = base.length;
    // Plain views: Uint8Array#subarray and #set cost less per call than Buffer's.
    const from = new Uint8Array(base.buffer, base.byteOffset, base.length);
    const to = new Uint8Array(target.buffer, target.byteOffset, target.length);
    let written = 0;
    let at = start;
    // A delta between revisions far apart holds thousands of short copies: the shortest are moved by hand, where a
    // call costs more than the copy.
    while (at < end) {
        const op = delta[at++];
        if (op & 0x80) {
            check(at + 7 <= end || at + copyFields(op) <= end, 'copy instruction');
            let offset = 0;
            let size = 0;
            if (op & 0x01)
                offset = delta[at++];
            if (op & 0x02)
                offset |= delta[at++] << 8;
            if (op & 0x04)
                offset |= delta[at++] << 16;
            if (op & 0x08)
                offset += delta[at++] * 0x1000000;
            if (op & 0x10)
                size = delta[at++];
            if (op & 0x20)
                size |= delta[at++] << 8;
            if (op & 0x40)
                size |= delta[at++] << 16;
            if (size === 0)
                size = 0x10000;
            if (offset + size > baseSize || written + size > targetSize)
                throw new Unreadable('copy out of bounds');
            if (size < 16)
                for (let i = 0; i < size; i++)
                    to[written + i] = from[offset + i];
            else
                to.set(from.subarray(offset, offset + size), written);
            written += size;
        }
        else {
            if (op === 0)
                throw new Unreadable('delta opcode 0');
            if (at + op > end || written + op > targetSize)
                throw new Unreadable('insert out of bounds');
            for (let i = 0; i < op; i++)
                to[written + i] = delta[at + i];
            written += op;
            at += op;
        }
    }
    check(written === targetSize, 'delta result size');
    return target;
}
/** Spare memory kept for the next delta results: writing into warm memory is several times faster than fresh. */
const SPARES = 4;
/**
 * The objects of every version 2 pack of one object directory, with a bounded cache of resolved objects. What
 * read() returns stays as it is until two more objects have been read: the reader then reuses its memory for the
 * next results when the cache lets it go.
 */
class PackReader {
    packs;
    cacheBytes;
    /** What reading cost so far: deltas applied and entries inflated. */
    stats = { deltasApplied: 0, entriesRead: 0 };
    cache = new Map();
    cachedBytes = 0;
    spares = [];
    /** The memory of the last two objects returned: the caller may hold them still, so they are never reused. */
    recent = [];
    constructor(packs, cacheBytes) {
        this.packs = packs;
        this.cacheBytes = cacheBytes;
    }
    /**
     * The reader of `objectDirectory`'s packs (`git rev-parse --git-path objects`), in a SHA-1 repository only: the
     * caller checks the object format. Undefined when a pack's index is not version 2 or does not check out, so
     * that no object is read from packs at all.
     */
    static open(objectDirectory, cacheBytes = DEFAULT_CACHE_BYTES) {
        const folder = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(objectDirectory, 'pack');
        let names;
        try {
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(folder);
        }
        catch {
            return new PackReader([], cacheBytes);
        }
        const packs = [];
        try {
            for (const name of names.filter(name => /^pack-[0-9a-f]+\.idx$/.test(name)).sort()) {
                let pack;
                try {
                    pack = openPack(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder, name));
                }
                catch (error) {
                    // A pack removed under us (git gc) leaves its objects to git.
                    if (error.code === 'ENOENT')
                        continue;
                    throw error;
                }
                if (!pack) {
                    for (const open of packs)
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(open.fd);
                    return undefined;
                }
                packs.push(pack);
            }
        }
        catch {
            for (const open of packs)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(open.fd);
            return undefined;
        }
        return new PackReader(packs, cacheBytes);
    }
    /** How many packs are open. */
    get packCount() {
        return this.packs.length;
    }
    close() {
        for (const pack of this.packs.splice(0))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(pack.fd);
        this.cache.clear();
        this.cachedBytes = 0;
        this.spares.length = 0;
        this.recent = [];
    }
    /** Whether a pack's index lists the object (40 hex digits). */
    has(oid) {
        return this.locate(oid) !== undefined;
    }
    /** The object, or undefined when it is not in a pack or cannot be read from one for certain. */
    read(oid) {
        const located = this.locate(oid);
        if (!located)
            return undefined;
        let resolved;
        try {
            resolved = this.resolve(located);
        }
        catch {
            return undefined;
        }
        this.recent = [resolved.memory, ...this.recent.slice(0, 1)];
        return resolved.object;
    }
    locate(oid) {
        const name = typeof oid === 'string' ? (/^[0-9a-f]{40}$/.test(oid) ? Buffer.from(oid, 'hex') : undefined) : oid;
        if (!name)
            return undefined;
        for (const pack of this.packs) {
            const entry = findEntry(pack, name);
            if (entry >= 0)
                return { pack, offset: pack.offsets[entry] ?? 0 };
        }
        return undefined;
    }
    /** The object at an offset: its delta chain is followed down to a whole object or a cached one, then applied. */
    resolve(start) {
        const chain = [];
        let at = start;
        let base;
        while (!base) {
            base = this.cached(at);
            if (base)
                break;
            check(chain.length < MAX_CHAIN, 'delta chain too long');
            const entry = this.entryAt(at);
            const type = TYPES[entry.type];
            if (type) {
                base = { object: { type, content: entry.data }, memory: entry.data };
                this.remember(at, base);
            }
            else if (entry.type === OFS_DELTA && entry.baseOffset !== undefined) {
                chain.push({ at, delta: entry.data });
                at = { pack: at.pack, offset: entry.baseOffset };
            }
            else if (entry.type === REF_DELTA && entry.baseOid) {
                chain.push({ at, delta: entry.data });
                const located = this.locate(entry.baseOid);
                check(located !== undefined, 'delta base not in a pack');
                at = located;
            }
            else
                throw new Unreadable('object type');
        }
        for (let i = chain.length - 1; i >= 0; i--) {
            const link = chain[i];
            if (!link)
                continue;
            let memory;
            const content = applyDelta(base.object.content, link.delta, size => {
                memory = this.memoryFor(size);
                return memory.subarray(0, size);
            });
            this.stats.deltasApplied++;
            base = { object: { type: base.object.type, content }, memory: memory ?? content };
            this.remember(link.at, base);
        }
        return base;
    }
    /** Memory for a result of `size` bytes: a spare one that fits, or new memory with room to grow. */
    memoryFor(size) {
        const index = this.spares.findIndex(spare => spare.length >= size && spare.length <= size * 2 + 4096);
        if (index >= 0)
            return this.spares.splice(index, 1)[0] ?? Buffer.allocUnsafe(size);
        return Buffer.allocUnsafe(size < 65536 ? size : Math.ceil(size * 1.125));
    }
    /** One entry of a pack: its header, and its data inflated and checked against the header's size. */
    entryAt({ pack, offset }) {
        const order = byOffset(pack);
        let low = 0;
        let high = pack.count - 1;
        let position = -1;
        while (low <= high) {
            const middle = (low + high) >>> 1;
            const value = order.offsets[middle] ?? 0;
            if (value === offset) {
                position = middle;
                break;
            }
            if (value < offset)
                low = middle + 1;
            else
                high = middle - 1;
        }
        check(position >= 0, 'no entry starts at this offset');
        const end = position + 1 < pack.count ? (order.offsets[position + 1] ?? 0) : pack.end;
        this.stats.entriesRead++;
        const raw = Buffer.allocUnsafe(end - offset);
        check((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(pack.fd, raw, 0, raw.length, offset) === raw.length, 'short read');
        const entryNumber = order.entries[position] ?? 0;
        check(crc32(raw) === pack.crcs.readUInt32BE(entryNumber * 4), 'CRC-32 of the entry');
        let at = 0;
        let byte = raw[at++] ?? 0;
        const type = (byte >> 4) & 7;
        let size = byte & 0x0f;
        let shift = 4;
        while (byte & 0x80) {
            check(at < raw.length && shift < 53, 'entry size');
            byte = raw[at++] ?? 0;
            size += (byte & 0x7f) * 2 ** shift;
            shift += 7;
        }
        const entry = { type, data: raw };
        if (type === OFS_DELTA) {
            check(at < raw.length, 'delta offset');
            byte = raw[at++] ?? 0;
            let back = byte & 0x7f;
            while (byte & 0x80) {
                check(at < raw.length && back < 2 ** 45, 'delta offset');
                byte = raw[at++] ?? 0;
                back = (back + 1) * 128 + (byte & 0x7f);
            }
            check(back > 0 && back <= offset - 12, 'delta base offset');
            entry.baseOffset = offset - back;
        }
        else if (type === REF_DELTA) {
            check(at + OID_BYTES <= raw.length, 'delta base name');
            entry.baseOid = Buffer.from(raw.subarray(at, at + OID_BYTES));
            at += OID_BYTES;
        }
        else
            check(TYPES[type] !== undefined, 'object type');
        entry.data = node_zlib__WEBPACK_IMPORTED_MODULE_3___default().inflateSync(raw.subarray(at), { maxOutputLength: Math.max(size, 1) });
        check(entry.data.length === size, 'inflated size');
        return entry;
    }
    key({ pack, offset }) {
        return `${pack.name}:${offset}`;
    }
    cached(at) {
        const key = this.key(at);
        const hit = this.cache.get(key);
        if (hit) {
            this.cache.delete(key);
            this.cache.set(key, hit);
        }
        return hit;
    }
    remember(at, resolved) {
        if (resolved.memory.length > this.cacheBytes / 4)
            return;
        const key = this.key(at);
        if (this.cache.has(key))
            return;
        this.cache.set(key, resolved);
        this.cachedBytes += resolved.memory.length;
        for (const [oldest, evicted] of this.cache) {
            if (this.cachedBytes <= this.cacheBytes)
                break;
            this.cache.delete(oldest);
            this.cachedBytes -= evicted.memory.length;
            this.recycle(evicted.memory);
        }
    }
    /** Keeps memory the cache let go for the next results, unless the caller may still hold it. */
    recycle(memory) {
        if (memory.length < 65536 || this.recent.includes(memory))
            return;
        for (const entry of this.cache.values())
            if (entry.memory === memory)
                return;
        this.spares.push(memory);
        if (this.spares.length > SPARES)
            this.spares.shift();
    }
}


/***/ })

};
