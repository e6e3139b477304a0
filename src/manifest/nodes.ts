import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml'

/** The string a map key stands for, as the parsed data sees it. */
export function keyString(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? undefined : String(key.value)
  return undefined
}

export function findPair(map: unknown, key: string): Pair<Node, Node | null> | undefined {
  if (!isMap(map)) return undefined
  return (map as YAMLMap<Node, Node | null>).items.find(pair => keyString(pair.key) === key)
}

export interface Located {
  /** The key node of the last path segment, when the path ends in a map entry. */
  key?: Node
  /** The value node the path leads to, when there is one. */
  value?: Node
  /** The deepest node on the way that exists: where to point when the path leads nowhere. */
  nearest?: Node
}

/** Walks a path of map keys down from `root`, keeping the deepest node reached. */
export function locate(root: Node | null | undefined, path: readonly PropertyKey[]): Located {
  let current: Node | null | undefined = root
  let located: Located = { value: root ?? undefined, nearest: root ?? undefined }
  for (const segment of path) {
    if (typeof segment === 'number' && isSeq(current)) {
      const item = (current as YAMLSeq<Node | null>).items[segment]
      if (item === undefined) return { nearest: located.value ?? located.key ?? located.nearest }
      current = item
      located = { value: item ?? undefined, nearest: item ?? located.nearest }
      continue
    }
    const pair = findPair(current, String(segment))
    if (!pair) return { nearest: located.value ?? located.key ?? located.nearest }
    current = pair.value
    located = { key: pair.key, value: pair.value ?? undefined, nearest: pair.value ?? pair.key }
  }
  return located
}

export function nodeStart(node: Node | undefined): number | undefined {
  return node?.range?.[0]
}
