/* ladder-json-reader-values.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-json-reader-private.h"

#include <glib/gi18n-lib.h>

#include "ladder-error.h"
#include "ladder-json.h"

/*
 * Reading a member's value as the type it must have, with an error at the
 * value's line and column; and the members this version does not know,
 * kept to be written back.
 */

gboolean G_GNUC_PRINTF (4, 5)
ladder_json_fail (Reader      *reader,
                  JsonNode    *node,
                  LadderError  code,
                  const char  *format,
                  ...)
{
  g_autofree char *message = NULL;
  guint64 position = 0;
  va_list args;

  if (*reader->error != NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (node != NULL)
    position = (guint64) GPOINTER_TO_SIZE (g_hash_table_lookup (reader->positions, node));

  if (position == 0)
    position = ((guint64) 1 << 32) | 1;

  ladder_set_error_at (reader->error, code, reader->filename,
                       (int) (position >> 32), MAX (1, (int) (guint32) position),
                       "%s", message);
  return FALSE;
}

static const char *
node_type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          return _("a string");
        if (type == G_TYPE_BOOLEAN)
          return _("a boolean");
        return _("a number");
      }
    }
}

gboolean
ladder_json_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

gboolean
ladder_json_is_integer (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
is_boolean (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN;
}

gboolean
ladder_json_expect (Reader     *reader,
                    JsonNode   *node,
                    gboolean    ok,
                    const char *what,
                    const char *name)
{
  if (ok)
    return TRUE;

  /* TRANSLATORS: "expected a string for "title", found a number" */
  return ladder_json_fail (reader, node, LADDER_ERROR_INVALID, _("expected %s for “%s”, found %s"),
                           what, name, node_type_name (node));
}

/* Reads an optional string member; absent leaves *value untouched. */
gboolean
ladder_json_read_string (Reader      *reader,
                         JsonObject  *object,
                         const char  *name,
                         const char **value)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    return TRUE;

  if (!ladder_json_expect (reader, node, ladder_json_is_string (node), _("a string"), name))
    return FALSE;

  *value = json_node_get_string (node);
  return TRUE;
}

gboolean
ladder_json_read_int (Reader     *reader,
                      JsonObject *object,
                      const char *name,
                      int         min,
                      int         max,
                      int        *value)
{
  JsonNode *node = json_object_get_member (object, name);
  gint64 number;

  if (node == NULL)
    return TRUE;

  if (!ladder_json_expect (reader, node, ladder_json_is_integer (node), _("an integer"), name))
    return FALSE;

  number = json_node_get_int (node);
  if (number < min || number > max)
    return ladder_json_fail (reader, node, LADDER_ERROR_INVALID,
                             _("“%s” must be between %d and %d, not %lld"),
                             name, min, max, (long long) number);

  *value = (int) number;
  return TRUE;
}

gboolean
ladder_json_read_boolean (Reader     *reader,
                          JsonObject *object,
                          const char *name,
                          gboolean   *value)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    return TRUE;

  if (!ladder_json_expect (reader, node, is_boolean (node), _("true or false"), name))
    return FALSE;

  *value = json_node_get_boolean (node);
  return TRUE;
}

JsonObject *
ladder_json_get_object (Reader     *reader,
                        JsonNode   *node,
                        const char *name)
{
  if (node == NULL
      || !ladder_json_expect (reader, node, JSON_NODE_HOLDS_OBJECT (node), _("an object"), name))
    return NULL;

  return json_node_get_object (node);
}

JsonArray *
ladder_json_get_array_member (Reader     *reader,
                              JsonObject *object,
                              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    return NULL;

  if (!ladder_json_expect (reader, node, JSON_NODE_HOLDS_ARRAY (node), _("an array"), name))
    return NULL;

  return json_node_get_array (node);
}

/* The members this version does not know, to write them back; NULL when
 * there are none. */
JsonObject *
ladder_json_collect_unknown_members (JsonObject         *object,
                                     const char * const *known)
{
  g_autoptr (GList) members = json_object_get_members (object);
  JsonObject *unknown = NULL;

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (g_strv_contains (known, l->data))
        continue;

      if (unknown == NULL)
        unknown = json_object_new ();
      json_object_set_member (unknown, l->data, json_node_copy (json_object_get_member (object, l->data)));
    }

  return unknown;
}

void
ladder_json_keep_unknown_members (JsonObject         *object,
                                  const char * const *known,
                                  gpointer            target)
{
  JsonObject *unknown = ladder_json_collect_unknown_members (object, known);

  if (unknown != NULL)
    g_object_set_data_full (G_OBJECT (target), LADDER_JSON_UNKNOWN_MEMBERS,
                            unknown, (GDestroyNotify) json_object_unref);
}
