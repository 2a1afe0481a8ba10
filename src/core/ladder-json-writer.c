/* ladder-json-writer.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-json.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "ladder-bullet-private.h"
#include "ladder-markdown-blocks.h"
#include "ladder-utf8.h"
#include "ladder-yaml.h"

/*
 * The file is written straight into a string, in exactly the layout
 * json-glib's JsonGenerator gives (pretty, two-space indent): building a
 * JsonNode tree first costs more than all the rest of an import. A test
 * checks that json-glib writes the same bytes for every file of the corpus.
 */
typedef struct
{
  guint    count;
  gboolean is_object;
} Container;

typedef struct
{
  GString *out;
  guint    depth;
  /* Of Container, one per open container: how many values it has so far.
   * Members kept from a file are written back however deep the reader let
   * them be. */
  GArray  *containers;
  gboolean after_name;
} Writer;

#define APPEND_LITERAL(out, literal) g_string_append_len ((out), (literal), sizeof (literal) - 1)

static void
indent (Writer *writer, guint depth)
{
  static const char spaces[] = "                                                                ";
  gsize             n_spaces = 2 * (gsize) depth;

  while (n_spaces > 0)
    {
      gsize n = MIN (n_spaces, sizeof spaces - 1);

      g_string_append_len (writer->out, spaces, n);
      n_spaces -= n;
    }
}

static guint *
value_count (Writer *writer)
{
  return &g_array_index (writer->containers, Container, writer->depth - 1).count;
}

/* Starts a value: after a member name, or as the next array element. */
static void
begin_value (Writer *writer)
{
  if (writer->after_name)
    {
      writer->after_name = FALSE;
      return;
    }

  if (writer->depth > 0)
    {
      if ((*value_count (writer))++ > 0)
        APPEND_LITERAL (writer->out, ",\n");
      else
        APPEND_LITERAL (writer->out, "\n");
      indent (writer, writer->depth);
    }
}

/* Whether the eight bytes of @word are copied as they are: no byte JSON
 * or json-glib escapes (control characters, quotes, backslashes, DEL),
 * and ASCII. */
static inline gboolean
word_is_plain (guint64 word)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  guint64       del = word ^ (ones * 0x7f);

  return ladder_word_is_plain_json (word) && (((del - ones) & ~del) & (ones * 0x80)) == 0;
}

/* JSON string escapes, as json-glib writes them (but for U+001F, which
 * json-glib 1.6 leaves raw although JSON forbids it). Most strings need
 * none: they are looked at a word at a time, and copied whole. */
static void
append_json_string (GString *out, const char *value)
{
  gsize       length = strlen (value);
  const char *end = value + length;
  const char *run = value;
  const char *p = value;

  g_string_append_c (out, '"');

  for (;;)
    {
      guchar c;

      while (end - p >= (gssize) sizeof (guint64))
        {
          guint64 word;

          memcpy (&word, p, sizeof word);
          if (!word_is_plain (word))
            break;
          p += sizeof word;
        }

      if (p == end)
        break;

      c = (guchar) *p;
      if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
        {
          p++;
          continue;
        }

      if (p > run)
        g_string_append_len (out, run, p - run);
      run = ++p;

      switch (c)
        {
        case '"':
          APPEND_LITERAL (out, "\\\"");
          break;
        case '\\':
          APPEND_LITERAL (out, "\\\\");
          break;
        case '\b':
          APPEND_LITERAL (out, "\\b");
          break;
        case '\f':
          APPEND_LITERAL (out, "\\f");
          break;
        case '\n':
          APPEND_LITERAL (out, "\\n");
          break;
        case '\r':
          APPEND_LITERAL (out, "\\r");
          break;
        case '\t':
          APPEND_LITERAL (out, "\\t");
          break;
        default:
          g_string_append_printf (out, "\\u%04x", c);
          break;
        }
    }

  if (p > run)
    g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

static void
write_member (Writer *writer, const char *name)
{
  if ((*value_count (writer))++ > 0)
    APPEND_LITERAL (writer->out, ",\n");
  else
    APPEND_LITERAL (writer->out, "\n");
  indent (writer, writer->depth);
  /* Names a newer Ladder wrote may hold anything: escaped like values. */
  append_json_string (writer->out, name);
  APPEND_LITERAL (writer->out, " : ");
  writer->after_name = TRUE;
}

static void
begin_container (Writer *writer, gboolean object)
{
  Container container = { 0, object };

  begin_value (writer);
  g_string_append_c (writer->out, object ? '{' : '[');
  g_array_set_size (writer->containers, writer->depth);
  g_array_append_val (writer->containers, container);
  writer->depth++;
}

static void
end_container (Writer *writer)
{
  gboolean object;
  guint    count;

  writer->depth--;
  object = g_array_index (writer->containers, Container, writer->depth).is_object;
  count = g_array_index (writer->containers, Container, writer->depth).count;

  if (count == 0)
    {
      /* json-glib writes an empty object as "{", the line's indent, "}". */
      if (object)
        indent (writer, writer->depth);
    }
  else
    {
      g_string_append_c (writer->out, '\n');
      indent (writer, writer->depth);
    }

  g_string_append_c (writer->out, object ? '}' : ']');
}

static void
write_begin_object (Writer *writer)
{
  begin_container (writer, TRUE);
}

static void
write_end_object (Writer *writer)
{
  end_container (writer);
}

static void
write_begin_array (Writer *writer)
{
  begin_container (writer, FALSE);
}

static void
write_end_array (Writer *writer)
{
  end_container (writer);
}

static void
write_string (Writer *writer, const char *value)
{
  begin_value (writer);
  append_json_string (writer->out, value);
}

static void
write_int (Writer *writer, gint64 value)
{
  begin_value (writer);
  g_string_append_printf (writer->out, "%" G_GINT64_FORMAT, value);
}

static void
write_boolean (Writer *writer, gboolean value)
{
  begin_value (writer);
  g_string_append (writer->out, value ? "true" : "false");
}

/* A member kept from a newer Ladder's file, written back as it was read. */
static void
add_node (Writer *writer, JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr (GList) members = json_object_get_members (object);

        write_begin_object (writer);
        for (GList *l = members; l != NULL; l = l->next)
          {
            write_member (writer, l->data);
            add_node (writer, json_object_get_member (object, l->data));
          }
        write_end_object (writer);
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint      length = json_array_get_length (array);

        write_begin_array (writer);
        for (guint i = 0; i < length; i++)
          add_node (writer, json_array_get_element (array, i));
        write_end_array (writer);
      }
      break;

    case JSON_NODE_NULL:
      begin_value (writer);
      g_string_append (writer->out, "null");
      break;

    case JSON_NODE_VALUE:
    default:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          write_string (writer, json_node_get_string (node));
        else if (type == G_TYPE_BOOLEAN)
          write_boolean (writer, json_node_get_boolean (node));
        else if (type == G_TYPE_INT64)
          write_int (writer, json_node_get_int (node));
        else
          {
            char buffer[G_ASCII_DTOSTR_BUF_SIZE];

            begin_value (writer);
            g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node));
            g_string_append (writer->out, buffer);
            /* A number read as a fraction stays one ("1.0", not "1"). */
            if (strpbrk (buffer, ".eEnN") == NULL)
              APPEND_LITERAL (writer->out, ".0");
          }
      }
      break;
    }
}

static void
add_string (Writer *writer, const char *name, const char *value)
{
  write_member (writer, name);
  write_string (writer, value);
}

static void
add_string_if_set (Writer *writer, const char *name, const char *value)
{
  if (value != NULL && *value != '\0')
    add_string (writer, name, value);
}

static void
add_unknown_object (Writer *writer, JsonObject *unknown)
{
  g_autoptr (GList) members = NULL;

  if (unknown == NULL)
    return;

  members = json_object_get_members (unknown);
  for (GList *l = members; l != NULL; l = l->next)
    {
      write_member (writer, l->data);
      add_node (writer, json_object_get_member (unknown, l->data));
    }
}

static void
add_unknown_members (Writer *writer, gpointer object)
{
  add_unknown_object (writer, g_object_get_data (G_OBJECT (object), LADDER_JSON_UNKNOWN_MEMBERS));
}

static const char *
format_fingerprint (guint64 fingerprint, char buffer[17])
{
  static const char digits[] = "0123456789abcdef";

  for (int i = 15; i >= 0; i--, fingerprint >>= 4)
    buffer[i] = digits[fingerprint & 0xf];
  buffer[16] = '\0';

  return buffer;
}

/* The members of an origin, inside an object already begun. */
static void
add_origin_members (Writer *writer, const LadderOrigin *origin)
{
  if (origin->source != NULL)
    {
      char fingerprint[17];

      add_string (writer, "source", origin->source);
      add_string (writer, "for", format_fingerprint (origin->fingerprint, fingerprint));

      if (origin->span_start >= 0)
        {
          char value_fingerprint[17];

          write_member (writer, "span");
          write_begin_array (writer);
          write_int (writer, origin->span_start);
          write_int (writer, origin->span_length);
          write_end_array (writer);
          add_string (writer, "value_for",
                      format_fingerprint (origin->value_fingerprint, value_fingerprint));
        }
    }

  if (origin->gap != NULL)
    add_string (writer, "gap", origin->gap);
}

static void
add_origin (Writer *writer, const char *name, const LadderOrigin *origin)
{
  if (ladder_origin_is_default (origin))
    return;

  write_member (writer, name);
  write_begin_object (writer);
  add_origin_members (writer, origin);
  write_end_object (writer);
}

static void add_section (Writer *writer, LadderSection *section);

static void
add_sections (Writer *writer, const char *name, GListModel *sections)
{
  guint n_items = g_list_model_get_n_items (sections);

  write_member (writer, name);
  write_begin_array (writer);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);

      add_section (writer, section);
    }

  write_end_array (writer);
}

static void
add_section (Writer *writer, LadderSection *section)
{
  LadderOrigin *heading = ladder_section_get_heading_origin (section);
  LadderOrigin *body = ladder_section_get_body_origin (section);

  write_begin_object (writer);
  add_string (writer, "kind", ladder_section_kind_to_string (ladder_section_get_kind (section)));
  add_string (writer, "heading", ladder_section_get_heading (section));
  write_member (writer, "level");
  write_int (writer, ladder_section_get_level (section));
  add_string (writer, "body", ladder_section_get_body (section));

  if (!ladder_origin_is_default (heading) || body->gap != NULL)
    {
      write_member (writer, "layout");
      write_begin_object (writer);
      add_origin (writer, "heading", heading);
      if (body->gap != NULL)
        add_string (writer, "after_body", body->gap);
      write_end_object (writer);
    }

  add_unknown_members (writer, section);
  write_end_object (writer);
}

static void
add_bullets (Writer *writer, const char *name, LadderRole *role, LadderBulletList list)
{
  guint n_items = ladder_role_get_n_bullets (role, list);

  write_member (writer, name);
  write_begin_array (writer);

  for (guint i = 0; i < n_items; i++)
    {
      const LadderBulletRecord *bullet = ladder_role_get_bullet_record (role, list, i);
      const LadderOrigin       *origin = ladder_bullet_record_peek_origin (bullet);
      const char               *prefix = ladder_bullet_record_peek_prefix (bullet);
      JsonObject               *unknown = ladder_bullet_record_peek_unknown (bullet);

      /* A bullet written the usual way is just its text. */
      if (ladder_origin_is_default (origin) && prefix == NULL && unknown == NULL)
        {
          write_string (writer, bullet->text);
          continue;
        }

      write_begin_object (writer);
      add_string (writer, "text", bullet->text);
      add_origin_members (writer, origin);
      if (prefix != NULL)
        {
          add_string (writer, "prefix", prefix);
          if (ladder_bullet_record_peek_prefix_gap (bullet) != NULL)
            add_string (writer, "prefix_gap", ladder_bullet_record_peek_prefix_gap (bullet));
        }
      add_unknown_object (writer, unknown);
      write_end_object (writer);
    }

  write_end_array (writer);
}

static void
add_slot (Writer *writer, const LadderSlot *slot)
{
  write_begin_object (writer);
  add_string (writer, "slot", ladder_slot_kind_to_string (slot->kind));

  if (slot->kind == LADDER_SLOT_TEXT)
    {
      add_string (writer, "markdown", slot->origin.source != NULL ? slot->origin.source : "");
      if (slot->origin.gap != NULL)
        add_string (writer, "gap", slot->origin.gap);
      write_end_object (writer);
      return;
    }

  if (ladder_slot_kind_is_heading (slot->kind) && slot->level > 0)
    {
      write_member (writer, "level");
      write_int (writer, slot->level);
      write_member (writer, "prefixed");
      write_boolean (writer, slot->prefixed);
    }

  if (slot->label != NULL)
    add_string (writer, "label", slot->label);
  add_string_if_set (writer, "marker", slot->marker);
  add_origin_members (writer, &slot->origin);

  if (slot->carries_extends)
    {
      write_member (writer, "extends");
      write_begin_object (writer);
      add_origin_members (writer, &slot->extends_origin);
      write_end_object (writer);
    }

  write_end_object (writer);
}

static void
add_role (Writer *writer, LadderRole *role)
{
  GPtrArray    *slots = ladder_role_get_slots (role);
  LadderOrigin *heading = ladder_role_get_heading_origin (role);
  int           level = ladder_role_get_heading_level (role);

  write_begin_object (writer);
  add_string (writer, "title", ladder_role_get_title (role));
  add_string_if_set (writer, "reports_to", ladder_role_get_reports_to (role));
  add_string_if_set (writer, "reports_to_link", ladder_role_get_reports_to_link (role));

  if (ladder_role_get_job_grade (role) != LADDER_GRADE_NONE)
    {
      write_member (writer, "job_grade");
      write_int (writer, ladder_role_get_job_grade (role));
    }

  /* The handbook's own grade table is the default; "" means no link. */
  if (g_strcmp0 (ladder_role_get_grade_link (role), LADDER_DEFAULT_GRADE_LINK) != 0)
    add_string (writer, "grade_link", ladder_role_get_grade_link (role));
  add_string_if_set (writer, "extends", ladder_role_get_extends (role));
  add_bullets (writer, "responsibilities", role, LADDER_BULLET_LIST_RESPONSIBILITIES);
  add_bullets (writer, "requirements", role, LADDER_BULLET_LIST_REQUIREMENTS);

  if (g_list_model_get_n_items (ladder_role_get_subsections (role)) > 0)
    add_sections (writer, "subsections", ladder_role_get_subsections (role));

  if (slots != NULL || level != 3 || !ladder_origin_is_default (heading)
      || ladder_role_get_region (role) > 0)
    {
      write_member (writer, "layout");
      write_begin_object (writer);

      if (ladder_role_get_region (role) > 0)
        {
          write_member (writer, "region");
          write_int (writer, ladder_role_get_region (role));
        }

      if (level != 3)
        {
          write_member (writer, "level");
          write_int (writer, level);
        }

      add_origin (writer, "heading", heading);

      if (slots != NULL)
        {
          write_member (writer, "slots");
          write_begin_array (writer);
          for (guint i = 0; i < slots->len; i++)
            add_slot (writer, g_ptr_array_index (slots, i));
          write_end_array (writer);
        }

      write_end_object (writer);
    }

  add_unknown_members (writer, role);
  write_end_object (writer);
}

static void
add_front_matter (Writer *writer, LadderFamily *family)
{
  guint n_entries = ladder_family_get_n_front_matter (family);

  write_member (writer, "front_matter");
  write_begin_array (writer);

  for (guint i = 0; i < n_entries; i++)
    {
      const char      *key = ladder_family_get_front_matter_key (family, i);
      const char      *yaml = ladder_family_get_front_matter_yaml (family, i);
      g_autofree char *value = ladder_yaml_decode_scalar (yaml);
      g_autofree char *canonical = value != NULL ? ladder_yaml_encode_scalar (value, NULL) : NULL;

      write_begin_object (writer);
      if (key != NULL)
        add_string (writer, "key", key);
      if (value != NULL)
        add_string (writer, "value", value);
      if (g_strcmp0 (canonical, yaml) != 0)
        add_string (writer, "yaml", yaml);
      write_end_object (writer);
    }

  write_end_array (writer);
}

static void
add_family_layout (Writer *writer, LadderFamily *family)
{
  LadderFamilyLayout *layout = ladder_family_get_layout (family);
  gboolean            any = !layout->has_front_matter || layout->front_matter_open != NULL
                 || layout->front_matter_close != NULL || layout->front_matter.gap != NULL
                 || layout->intro.gap != NULL || layout->final_gap != NULL
                 || layout->no_final_newline;

  if (!any)
    return;

  write_member (writer, "layout");
  write_begin_object (writer);

  if (!layout->has_front_matter)
    {
      write_member (writer, "front_matter");
      write_boolean (writer, FALSE);
    }

  add_string_if_set (writer, "front_matter_open", layout->front_matter_open);
  add_string_if_set (writer, "front_matter_close", layout->front_matter_close);

  if (layout->front_matter.gap != NULL)
    add_string (writer, "after_front_matter", layout->front_matter.gap);
  if (layout->intro.gap != NULL)
    add_string (writer, "after_intro", layout->intro.gap);
  if (layout->final_gap != NULL)
    add_string (writer, "final_gap", layout->final_gap);

  if (layout->no_final_newline)
    {
      write_member (writer, "final_newline");
      write_boolean (writer, FALSE);
    }

  write_end_object (writer);
}

/**
 * ladder_json_write:
 * @family: the family to write
 *
 * Writes @family in the `*.jobfamily.json` format: two-space indentation,
 * members in a fixed order, a final newline. Writing the same family twice
 * gives the same bytes.
 *
 * Returns: (transfer full): the file's contents
 */
GBytes *
ladder_json_write (LadderFamily *family)
{
  Writer writer_data = {
    .out = g_string_sized_new (32768),
    .containers = g_array_sized_new (FALSE, FALSE, sizeof (Container), 16),
  };
  Writer     *writer = &writer_data;
  GListModel *roles;
  guint       n_roles;

  g_return_val_if_fail (LADDER_IS_FAMILY (family), NULL);

  roles = ladder_family_get_roles (family);
  n_roles = g_list_model_get_n_items (roles);

  write_begin_object (writer);
  add_string (writer, "format", LADDER_FILE_FORMAT);
  write_member (writer, "version");
  write_int (writer, LADDER_FILE_VERSION);
  add_front_matter (writer, family);
  add_string (writer, "intro", ladder_family_get_intro (family));
  add_sections (writer, "sections", ladder_family_get_sections (family));

  write_member (writer, "roles");
  write_begin_array (writer);
  for (guint i = 0; i < n_roles; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

      add_role (writer, role);
    }
  write_end_array (writer);

  add_family_layout (writer, family);
  add_unknown_members (writer, family);
  write_end_object (writer);

  g_string_append_c (writer->out, '\n');
  g_array_unref (writer->containers);

  return g_string_free_to_bytes (writer->out);
}
