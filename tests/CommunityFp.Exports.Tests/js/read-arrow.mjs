// Reads an Arrow IPC file or stream with npm apache-arrow (no code shared with Apache.Arrow for .NET) and prints
// JSON: the format found, batch count, schema (types, nullability, metadata) and every value as text.
// Usage: node read-arrow.mjs FILE
import { readFileSync } from 'node:fs';
import { RecordBatchReader, Type, util } from 'apache-arrow';

const bytes = readFileSync(process.argv[2]);
const reader = RecordBatchReader.from(bytes);
reader.open();
const format = reader.isFile() ? 'file' : reader.isStream() ? 'stream' : 'unknown';
const schema = reader.schema;

const fields = schema.fields.map(f => ({
  name: f.name,
  type: String(f.type),
  typeId: Type[f.typeId],
  nullable: f.nullable,
  metadata: Object.fromEntries(f.metadata),
  dictionary: f.typeId === Type.Dictionary
    ? { indexType: String(f.type.indices), valueType: String(f.type.dictionary), ordered: f.type.isOrdered }
    : null,
  scale: f.type.scale ?? null,
  precision: f.type.precision ?? null,
}));

const text = (type, value) => {
  if (value === null || value === undefined) return null;
  switch (type.typeId) {
    case Type.Dictionary: return text(type.dictionary, value);
    case Type.Decimal: {
      const unscaled = util.bigNumToBigInt(value);
      const negative = unscaled < 0n;
      let digits = (negative ? -unscaled : unscaled).toString().padStart(type.scale + 1, '0');
      if (type.scale > 0) digits = digits.slice(0, -type.scale) + '.' + digits.slice(-type.scale);
      return (negative ? '-' : '') + digits;
    }
    case Type.Date: {
      const ms = value instanceof Date ? value.getTime() : Number(value);
      return new Date(ms).toISOString().slice(0, 10);
    }
    case Type.Bool: return value ? 'true' : 'false';
    default: return String(value);
  }
};

// Raw value bytes under nulls: readers ignore them, but a file must not carry a withheld count there.
const fixedWidth = new Set([Type.Int, Type.Decimal, Type.Date, Type.Float, Type.Timestamp]);
const nonZeroUnderNull = Object.fromEntries(schema.fields.map(f => [f.name, 0]));

const rows = [];
let batches = 0;
for (const batch of reader) {
  batches++;
  const columns = schema.fields.map((f, i) => batch.getChildAt(i));
  for (let r = 0; r < batch.numRows; r++)
    rows.push(schema.fields.map((f, i) => text(f.type, columns[i].get(r))));
  schema.fields.forEach((f, i) => {
    if (!fixedWidth.has(f.typeId)) return;
    for (const data of columns[i].data) {
      const stride = data.stride ?? 1;
      for (let r = 0; r < data.length; r++) {
        if (data.getValid(r)) continue;
        const slot = data.values.subarray((data.offset + r) * stride, (data.offset + r + 1) * stride);
        if (slot.some(x => x != 0)) nonZeroUnderNull[f.name]++;
      }
    }
  });
}
process.stdout.write(JSON.stringify({
  format, batches, metadata: Object.fromEntries(schema.metadata), fields, rows, nonZeroUnderNull,
}));
