/**
 * The author form: its model (generated from the schema and the checklist), edits on the report text
 * that keep comments, applicability and inheritance as the author answers, and finding → field.
 * Runtime-agnostic: exported by the browser build for the checker page and for a journal's own form.
 */
export { formModel } from './model.js';
export type { FormItem, FormModel, FormSection, FormUnitKind, UnitKind } from './model.js';
export { humanise } from './fields.js';
export type {
  BooleanField,
  ChoiceField,
  FieldKind,
  FieldOption,
  FormField,
  GroupField,
  ListField,
  MultiChoiceField,
  NumberField,
  QuantityField,
  RangeField,
  TextField,
} from './fields.js';
export { addressKey, parseAddressKey, domId } from './address.js';
export type { FieldAddress } from './address.js';
export { openDocument, applyEdit } from './edit.js';
export type { EditableDocument, EditErrorCode, EditResult, FieldRead, FormEdit, OpenOptions, UnitSummary } from './edit.js';
export { formStatus } from './status.js';
export type { Applicability, ItemStatus, UnitStatus } from './status.js';
export { fieldForPointer } from './locate.js';
export type { FieldLocation } from './locate.js';
