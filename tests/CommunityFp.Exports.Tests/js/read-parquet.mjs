// Reads a Parquet file with hyparquet (pure JavaScript, independent of DuckDB's writer) and prints JSON: the
// key/value metadata, the schema (physical and logical types, repetition) and every value as text.
// Usage: node read-parquet.mjs FILE
import { readFileSync } from 'node:fs';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';

const buffer = readFileSync(process.argv[2]);
const file = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
const metadata = parquetMetadata(file);
const leaves = metadata.schema.slice(1);
const fields = leaves.map(s => ({
  name: s.name,
  type: s.type,
  logicalType: s.logical_type ? s.logical_type.type : null,
  convertedType: s.converted_type ?? null,
  repetition: s.repetition_type,
  scale: s.scale ?? null,
  precision: s.precision ?? null,
}));

const text = (field, value) => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (field.convertedType === 'DECIMAL' || field.logicalType === 'DECIMAL') return Number(value).toFixed(field.scale ?? 0);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
};

const objects = await parquetReadObjects({ file });
const rows = objects.map(o => fields.map(f => text(f, o[f.name])));
process.stdout.write(JSON.stringify({
  metadata: Object.fromEntries((metadata.key_value_metadata ?? []).map(kv => [kv.key, kv.value])),
  fields,
  rows,
}));
