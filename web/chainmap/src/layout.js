// Places a chain's segments as blocks along its template (FEEDS edges, upstream → downstream) so that every block
// fits the screen at full size. Pure: the same segments and size give the same layout.
//
// Column = how far the segment is from the end of the chain (its longest FEEDS path to a segment that feeds nothing),
// counted from the left: each segment sits just before the one it feeds, so suppliers of the final product line up
// in one column instead of piling into the first. Inside a column, blocks are ordered by where their customers are
// (barycentre), which keeps the arrows short; a column with more blocks than fit in the height is split in two.

export const BLOCK = { minWidth: 184, maxWidth: 250, minHeight: 118, maxHeight: 140, gapX: 28, gapY: 8, pad: 8, padTop: 22 };

/**
 * @param {{id: string, position: number, feeds: string[]}[]} segments
 * @param {number} width  available width in CSS pixels
 * @param {number} height available height in CSS pixels
 * @returns {{blocks: Map<string, {x: number, y: number, w: number, h: number, column: number}>, width: number, height: number}}
 */
export function layoutBlocks(segments, width, height, size = BLOCK) {
  const columns = orderColumns(segments, toSink(segments));
  const inner = height - size.padTop - size.pad;
  const rowsFit = Math.max(1, Math.floor((inner + size.gapY) / (size.minHeight + size.gapY)));
  const tracks = columns.flatMap((column) => split(column, rowsFit));
  const rows = Math.max(1, ...tracks.map((t) => t.length));
  const w = clamp((width - 2 * size.pad - size.gapX * (tracks.length - 1)) / tracks.length, size.minWidth, size.maxWidth);
  const h = clamp((inner - size.gapY * (rows - 1)) / rows, size.minHeight, size.maxHeight);
  const usedWidth = tracks.length * w + (tracks.length - 1) * size.gapX + 2 * size.pad;
  const usedHeight = rows * h + (rows - 1) * size.gapY + size.padTop + size.pad;
  const left = Math.max(size.pad, (width - usedWidth) / 2 + size.pad);
  const blocks = new Map();
  tracks.forEach((track, t) => {
    const top = size.padTop + (Math.max(inner, usedHeight - size.padTop - size.pad) - (track.length * h + (track.length - 1) * size.gapY)) / 2;
    track.forEach((id, r) => blocks.set(id, { x: Math.round(left + t * (w + size.gapX)), y: Math.round(top + r * (h + size.gapY)), w: Math.floor(w), h: Math.floor(h), column: t }));
  });
  return { blocks, width: Math.max(width, usedWidth), height: Math.max(height, usedHeight) };
}

/** Longest FEEDS path from each segment to a segment that feeds nothing (iterative; the template is a DAG). */
export function toSink(segments) {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const depth = new Map();
  for (const start of segments) {
    const stack = [start.id];
    while (stack.length > 0) {
      const id = stack[stack.length - 1];
      if (depth.has(id)) { stack.pop(); continue; }
      const next = (byId.get(id)?.feeds ?? []).filter((f) => byId.has(f));
      const pending = next.filter((f) => !depth.has(f));
      if (pending.length > 0) { stack.push(...pending); continue; }
      depth.set(id, next.length === 0 ? 0 : 1 + Math.max(...next.map((f) => depth.get(f))));
      stack.pop();
    }
  }
  return depth;
}

function orderColumns(segments, depth) {
  const last = Math.max(0, ...depth.values());
  const columns = Array.from({ length: last + 1 }, () => []);
  for (const s of [...segments].sort((a, b) => a.position - b.position)) columns[last - depth.get(s.id)].push(s);
  const row = new Map();
  for (let c = columns.length - 1; c >= 0; c--) {
    const centre = (s) => {
      const targets = s.feeds.filter((f) => row.has(f)).map((f) => row.get(f));
      return targets.length ? targets.reduce((a, b) => a + b, 0) / targets.length : s.position;
    };
    columns[c].sort((a, b) => centre(a) - centre(b) || a.position - b.position);
    columns[c].forEach((s, i) => row.set(s.id, (i + 0.5) / columns[c].length));
  }
  return columns.map((column) => column.map((s) => s.id));
}

function split(column, rowsFit) {
  if (column.length <= rowsFit) return [column];
  const parts = Math.ceil(column.length / rowsFit);
  const perPart = Math.ceil(column.length / parts);
  return Array.from({ length: parts }, (_, i) => column.slice(i * perPart, (i + 1) * perPart));
}

const clamp = (value, min, max) => Math.min(max, Math.max(min, value));
