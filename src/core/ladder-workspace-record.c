/* ladder-workspace-record.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * What the index knows of one page, family folder or other Markdown file:
 * an immutable GVariant of type "ay" holding a flat record, so that the
 * cache stores records as they are and a reopened workspace reads them
 * where they lie in the mapped cache file, without a GVariant per field
 * (which cost more than everything else a warm index does).
 *
 *   header      64 bytes: magic, kind, mtime, size, n_roles, n_files,
 *               n_items, offsets of department, title and problem, length
 *               of the strings, the counts of the handbook checks' errors
 *               and warnings (NOT_CHECKED when the page was not checked)
 *   files       n_files × 24 bytes: path offset, (unused), mtime, size
 *   items       n_items × 16 bytes: role, field, position, text offset
 *   strings     the path first, then every other string, each ending in NUL
 *
 * Numbers are in the machine's own order: the cache never leaves it. Every
 * record is checked before it is read: sizes that add up, a string area
 * that ends in NUL, offsets inside it. A damaged record reads as missing.
 */

#include "ladder-workspace-private.h"

#include <string.h>

#define RECORD_MAGIC 0x3243524cu /* "LRC2" */
#define HEADER_SIZE 64
#define FILE_SIZE 24
#define ITEM_SIZE 16

enum
{
  AT_MAGIC = 0,
  AT_KIND = 4,
  AT_MTIME = 8,
  AT_SIZE = 16,
  AT_N_ROLES = 24,
  AT_N_FILES = 28,
  AT_N_ITEMS = 32,
  AT_DEPARTMENT = 36,
  AT_TITLE = 40,
  AT_PROBLEM = 44,
  AT_STRINGS_LENGTH = 48,
  AT_N_ERRORS = 52,
  AT_N_WARNINGS = 56,
};

static guint32
read_u32 (const guint8 *data)
{
  guint32 value;

  memcpy (&value, data, sizeof value);
  return value;
}

static gint64
read_i64 (const guint8 *data)
{
  gint64 value;

  memcpy (&value, data, sizeof value);
  return value;
}

static void
write_u32 (guint8  *data,
           guint32  value)
{
  memcpy (data, &value, sizeof value);
}

static void
write_i64 (guint8 *data,
           gint64  value)
{
  memcpy (data, &value, sizeof value);
}

static const char *
string_at (const LadderRecordView *view,
           guint32                 offset)
{
  return offset < view->strings_length ? view->strings + offset : NULL;
}

/**
 * ladder_record_view:
 * @record: a record ("ay")
 * @view: (out caller-allocates): what it holds
 *
 * Returns: whether @record is whole; @view points into it
 */
gboolean
ladder_record_view (GVariant         *record,
                    LadderRecordView *view)
{
  gsize length = 0;
  const guint8 *data;
  guint64 expected;

  memset (view, 0, sizeof *view);
  /* The type string compared as it is, and the bytes taken as they lie:
   * g_variant_is_of_type() and g_variant_get_fixed_array() cost more than
   * the rest of this, and a record is looked at several times on its way
   * from the cache to the lists. */
  if (record == NULL || strcmp (g_variant_get_type_string (record), LADDER_RECORD_TYPE) != 0)
    return FALSE;

  length = g_variant_get_size (record);
  data = length > 0 ? g_variant_get_data (record) : NULL;
  if (data == NULL || length < HEADER_SIZE || read_u32 (data + AT_MAGIC) != RECORD_MAGIC)
    return FALSE;

  view->n_files = read_u32 (data + AT_N_FILES);
  view->n_items = read_u32 (data + AT_N_ITEMS);
  view->strings_length = read_u32 (data + AT_STRINGS_LENGTH);
  expected = (guint64) HEADER_SIZE + (guint64) view->n_files * FILE_SIZE
             + (guint64) view->n_items * ITEM_SIZE + view->strings_length;
  if (expected != length || view->strings_length == 0)
    return FALSE;

  view->files = data + HEADER_SIZE;
  view->items = view->files + (gsize) view->n_files * FILE_SIZE;
  view->strings = (const char *) (view->items + (gsize) view->n_items * ITEM_SIZE);
  /* Then every offset inside the area starts a string that ends in it. */
  if (view->strings[view->strings_length - 1] != '\0')
    return FALSE;

  view->kind = (char) read_u32 (data + AT_KIND);
  view->mtime = read_i64 (data + AT_MTIME);
  view->size = read_i64 (data + AT_SIZE);
  view->n_roles = read_u32 (data + AT_N_ROLES);
  view->n_errors = read_u32 (data + AT_N_ERRORS);
  view->n_warnings = read_u32 (data + AT_N_WARNINGS);
  view->path = view->strings;
  view->department = string_at (view, read_u32 (data + AT_DEPARTMENT));
  view->title = string_at (view, read_u32 (data + AT_TITLE));
  view->problem = string_at (view, read_u32 (data + AT_PROBLEM));

  return view->department != NULL && view->title != NULL && view->problem != NULL
         && *view->path != '\0';
}

gboolean
ladder_record_view_file (const LadderRecordView  *view,
                         guint                    position,
                         const char             **path,
                         gint64                  *mtime,
                         gint64                  *size)
{
  const guint8 *file;

  if (position >= view->n_files)
    return FALSE;

  file = view->files + (gsize) position * FILE_SIZE;
  *path = string_at (view, read_u32 (file));
  *mtime = read_i64 (file + 8);
  *size = read_i64 (file + 16);
  return *path != NULL;
}

gboolean
ladder_record_view_item (const LadderRecordView  *view,
                         guint                    position,
                         int                     *role,
                         guint                   *field,
                         guint                   *item_position,
                         const char             **text)
{
  const guint8 *item;

  if (position >= view->n_items)
    return FALSE;

  item = view->items + (gsize) position * ITEM_SIZE;
  *role = (int) (gint32) read_u32 (item);
  *field = read_u32 (item + 4);
  *item_position = read_u32 (item + 8);
  *text = string_at (view, read_u32 (item + 12));
  return *text != NULL;
}

/* The path of a whole record, NULL for a damaged one. */
const char *
ladder_record_get_path (GVariant *record)
{
  LadderRecordView view;

  return ladder_record_view (record, &view) ? view.path : NULL;
}

char
ladder_record_get_kind (GVariant *record)
{
  LadderRecordView view;

  return ladder_record_view (record, &view) ? view.kind : '\0';
}

struct _LadderRecordBuilder
{
  char        kind;
  gint64      mtime;
  gint64      size;
  guint32     n_roles;
  guint32     department;
  guint32     title;
  guint32     problem;
  guint32     n_errors;
  guint32     n_warnings;
  GByteArray *files;
  GByteArray *items;
  GString    *strings;
};

static guint32
add_string (LadderRecordBuilder *builder,
            const char          *text)
{
  guint32 offset = (guint32) builder->strings->len;

  g_string_append_len (builder->strings, text != NULL ? text : "",
                       (gssize) strlen (text != NULL ? text : "") + 1);
  return offset;
}

LadderRecordBuilder *
ladder_record_builder_new (const char *path,
                           char        kind,
                           gint64      mtime,
                           gint64      size)
{
  LadderRecordBuilder *builder = g_new0 (LadderRecordBuilder, 1);

  builder->kind = kind;
  builder->mtime = mtime;
  builder->size = size;
  builder->files = g_byte_array_new ();
  builder->items = g_byte_array_new ();
  builder->strings = g_string_sized_new (256);
  add_string (builder, path);
  builder->department = builder->title = builder->problem = add_string (builder, "");
  builder->n_errors = LADDER_RECORD_NOT_CHECKED;
  return builder;
}

void
ladder_record_builder_set_family (LadderRecordBuilder *builder,
                                  const char          *department,
                                  const char          *title,
                                  guint                n_roles)
{
  builder->department = add_string (builder, department);
  builder->title = add_string (builder, title);
  builder->n_roles = n_roles;
}

void
ladder_record_builder_set_problem (LadderRecordBuilder *builder,
                                   const char          *problem)
{
  builder->problem = add_string (builder, problem);
}

/* The counts of the handbook checks' problems; a record without them was
 * not checked. */
void
ladder_record_builder_set_checks (LadderRecordBuilder *builder,
                                  guint                n_errors,
                                  guint                n_warnings)
{
  builder->n_errors = MIN (n_errors, LADDER_RECORD_NOT_CHECKED - 1);
  builder->n_warnings = n_warnings;
}

void
ladder_record_builder_add_file (LadderRecordBuilder *builder,
                                const char          *path,
                                gint64               mtime,
                                gint64               size)
{
  guint8 file[FILE_SIZE] = { 0 };

  write_u32 (file, add_string (builder, path));
  write_i64 (file + 8, mtime);
  write_i64 (file + 16, size);
  g_byte_array_append (builder->files, file, sizeof file);
}

void
ladder_record_builder_add_item (LadderRecordBuilder *builder,
                                int                  role,
                                guint                field,
                                guint                position,
                                const char          *text)
{
  guint8 item[ITEM_SIZE];

  if (text == NULL || *text == '\0')
    return;

  write_u32 (item, (guint32) (gint32) role);
  write_u32 (item + 4, field);
  write_u32 (item + 8, position);
  write_u32 (item + 12, add_string (builder, text));
  g_byte_array_append (builder->items, item, sizeof item);
}

/* Frees @builder. */
GVariant *
ladder_record_builder_end (LadderRecordBuilder *builder)
{
  gsize length = HEADER_SIZE + builder->files->len + builder->items->len + builder->strings->len;
  guint8 *data = g_malloc (length);
  guint8 *p = data;

  write_u32 (p + AT_MAGIC, RECORD_MAGIC);
  write_u32 (p + AT_KIND, (guint32) (guchar) builder->kind);
  write_i64 (p + AT_MTIME, builder->mtime);
  write_i64 (p + AT_SIZE, builder->size);
  write_u32 (p + AT_N_ROLES, builder->n_roles);
  write_u32 (p + AT_N_FILES, builder->files->len / FILE_SIZE);
  write_u32 (p + AT_N_ITEMS, builder->items->len / ITEM_SIZE);
  write_u32 (p + AT_DEPARTMENT, builder->department);
  write_u32 (p + AT_TITLE, builder->title);
  write_u32 (p + AT_PROBLEM, builder->problem);
  write_u32 (p + AT_STRINGS_LENGTH, (guint32) builder->strings->len);
  write_u32 (p + AT_N_ERRORS, builder->n_errors);
  write_u32 (p + AT_N_WARNINGS, builder->n_warnings);
  write_u32 (p + 60, 0);
  p += HEADER_SIZE;
  if (builder->files->len > 0)
    memcpy (p, builder->files->data, builder->files->len);
  p += builder->files->len;
  if (builder->items->len > 0)
    memcpy (p, builder->items->data, builder->items->len);
  p += builder->items->len;
  memcpy (p, builder->strings->str, builder->strings->len);

  g_byte_array_unref (builder->files);
  g_byte_array_unref (builder->items);
  g_string_free (builder->strings, TRUE);
  g_free (builder);

  return g_variant_ref_sink (g_variant_new_from_data (G_VARIANT_TYPE_BYTESTRING, data, length,
                                                      TRUE, g_free, data));
}
