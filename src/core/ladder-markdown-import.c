/* ladder-markdown-import.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-import.h"

#include <cmark.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ladder-error.h"
#include "ladder-json-private.h"
#include "ladder-json.h"
#include "ladder-markdown-cost.h"
#include "ladder-front-matter.h"
#include "ladder-markdown-check.h"
#include "ladder-markdown-blocks.h"
#include "ladder-link.h"
#include "ladder-markdown-text.h"
#include "ladder-yaml.h"

/*
 * A page is read in three steps. The front matter is split off by hand (it
 * is YAML, not Markdown). The body is parsed with libcmark, and each
 * top-level block is given the lines it owns: from its first line to the
 * line before the next block, less the blank lines in between, which become
 * the block's gap. So every line of the page belongs to exactly one block or
 * gap, and nothing can be lost. Last, the blocks are grouped: headings that
 * own "Job Grade", "Responsibilities" or "Requirements" sub-headings are
 * roles, the rest are sections, and every block that is not understood is
 * kept as verbatim Markdown at its place.
 */

typedef enum
{
  PART_NONE,
  PART_GRADE,
  PART_RESPONSIBILITIES,
  PART_REQUIREMENTS,
} PartKind;

typedef struct
{
  cmark_node *node;
  cmark_node_type type;
  guint       first;   /* first and last line, 0-based, inclusive */
  guint       last;
  guint       gap_end; /* the gap is lines last+1 .. gap_end-1 */
  /* Headings */
  int         level;
  char       *plain;
  PartKind    part;
  int         parent;  /* index of the enclosing heading, or -1 */
  guint       range_end; /* index of the first block past this heading's range */
} Block;

typedef struct
{
  const char   *data;
  gsize         length;
  /* Offsets of each line's start; line i spans [starts[i], starts[i+1]-1). */
  GArray       *starts;
  guint         n_lines;
  guint         body;
  GArray       *blocks;
  Block        *last_block;
  LadderFamily *family;
  /* Which run of roles the roles being read belong to. */
  guint         region;
} Importer;

static Block *
block_at (Importer *importer,
          guint     index_)
{
  return &g_array_index (importer->blocks, Block, index_);
}

static const char *
line_start (Importer *importer,
            guint     line)
{
  return importer->data + g_array_index (importer->starts, gsize, line);
}

/* Length of a line without its newline. */
static gsize
line_length (Importer *importer,
             guint     line)
{
  gsize start = g_array_index (importer->starts, gsize, line);
  gsize end = g_array_index (importer->starts, gsize, line + 1);

  if (end > start && importer->data[end - 1] == '\n')
    end--;

  return end - start;
}

static gboolean
line_is_blank (Importer *importer,
               guint     line)
{
  const char *p = line_start (importer, line);
  gsize length = line_length (importer, line);

  for (gsize i = 0; i < length; i++)
    if (p[i] != ' ' && p[i] != '\t')
      return FALSE;

  return TRUE;
}

/* Lines first..last joined, without the last newline. */
static char *
lines_text (Importer *importer,
            guint     first,
            guint     last)
{
  gsize start = g_array_index (importer->starts, gsize, first);
  gsize end = g_array_index (importer->starts, gsize, last) + line_length (importer, last);

  return g_strndup (importer->data + start, end - start);
}

/* Lines first..end-1, each with its newline: a gap. NULL when @default_gap
 * says the same. */
static char *
gap_text (Importer   *importer,
          guint       first,
          guint       end,
          const char *default_gap)
{
  GString *gap;
  gboolean all_empty = TRUE;

  /* Most gaps are the default: one empty line, or none. */
  for (guint line = first; line < end && all_empty; line++)
    all_empty = line_length (importer, line) == 0;

  if (all_empty && strlen (default_gap) == end - first)
    return NULL;

  gap = g_string_new (NULL);
  for (guint line = first; line < end; line++)
    {
      g_string_append_len (gap, line_start (importer, line), line_length (importer, line));
      g_string_append_c (gap, '\n');
    }

  return g_string_free (gap, FALSE);
}

static char *
block_text (Importer *importer,
            Block    *block)
{
  return lines_text (importer, block->first, block->last);
}

static char *
block_gap (Importer   *importer,
           Block      *block,
           const char *default_gap)
{
  /* After the page's last block come the page's final blank lines. */
  if (block == importer->last_block)
    return NULL;

  return gap_text (importer, block->last + 1, block->gap_end, default_gap);
}

/* Plain text of inline content, as a reader sees it. Iterative, so deeply
 * nested emphasis cannot exhaust the stack. */
static char *
plain_text (cmark_node *node)
{
  GString *text = g_string_new (NULL);
  cmark_iter *iter = cmark_iter_new (node);
  cmark_event_type event;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *current = cmark_iter_get_node (iter);

      if (event != CMARK_EVENT_ENTER)
        continue;

      switch (cmark_node_get_type (current))
        {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
          g_string_append (text, cmark_node_get_literal (current));
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          g_string_append_c (text, '\n');
          break;
        default:
          break;
        }
    }

  cmark_iter_free (iter);
  return g_string_free (text, FALSE);
}

static gboolean
ends_with_word (const char *lower,
                const char *word)
{
  gsize length = strlen (lower);
  gsize word_length = strlen (word);

  if (length < word_length || strcmp (lower + length - word_length, word) != 0)
    return FALSE;

  return length == word_length || lower[length - word_length - 1] == ' ';
}

/* The label a part heading ends with ("Job Grade", "Responsibilities"), as
 * long as it is in the heading's own spelling. */
static PartKind
classify_part (const char *plain,
               gsize      *label_length)
{
  g_autofree char *lower = g_ascii_strdown (plain, -1);
  gsize length;
  static const struct {
    const char *word;
    PartKind    kind;
  } labels[] = {
    { "job grade", PART_GRADE },
    { "grade", PART_GRADE },
    { "job grades", PART_GRADE },
    /* The current handbook guidelines' name for the grade. */
    { "job level", PART_GRADE },
    { "responsibilities", PART_RESPONSIBILITIES },
    { "requirements", PART_REQUIREMENTS },
    { "what you'll do", PART_RESPONSIBILITIES },
    { "what you’ll do", PART_RESPONSIBILITIES },
    { "what you'll bring", PART_REQUIREMENTS },
    { "what you’ll bring", PART_REQUIREMENTS },
  };

  g_strstrip (lower);
  length = strlen (lower);
  while (length > 0 && lower[length - 1] == ':')
    lower[--length] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (ends_with_word (lower, labels[i].word))
        {
          if (label_length != NULL)
            *label_length = strlen (labels[i].word);
          return labels[i].kind;
        }
    }

  return PART_NONE;
}

static LadderSlotKind
heading_slot_for (PartKind part)
{
  switch (part)
    {
    case PART_GRADE:
      return LADDER_SLOT_GRADE_HEADING;
    case PART_RESPONSIBILITIES:
      return LADDER_SLOT_RESPONSIBILITIES_HEADING;
    case PART_REQUIREMENTS:
      return LADDER_SLOT_REQUIREMENTS_HEADING;
    case PART_NONE:
    default:
      return LADDER_SLOT_TEXT;
    }
}

/* ------------------------------------------------------------------ */
/* Splitting the page                                                   */

static void
split_lines (Importer *importer)
{
  gsize offset = 0;

  importer->starts = g_array_new (FALSE, FALSE, sizeof (gsize));

  while (offset < importer->length)
    {
      const char *newline = memchr (importer->data + offset, '\n', importer->length - offset);

      g_array_append_val (importer->starts, offset);
      offset = newline != NULL ? (gsize) (newline - importer->data) + 1 : importer->length;
    }

  importer->n_lines = importer->starts->len;
  g_array_append_val (importer->starts, importer->length);
}

static gboolean
is_delimiter_line (Importer *importer,
                   guint     line)
{
  const char *p = line_start (importer, line);
  gsize length = line_length (importer, line);

  if (length < 3 || strncmp (p, "---", 3) != 0)
    return FALSE;

  for (gsize i = 3; i < length; i++)
    if (p[i] != ' ' && p[i] != '\t')
      return FALSE;

  return TRUE;
}

static gboolean
is_key_line (const char *line,
             gsize       length,
             gsize      *key_length)
{
  gsize i = 0;

  if (length == 0 || !(g_ascii_isalnum (line[0]) || line[0] == '_'))
    return FALSE;

  while (i < length && (g_ascii_isalnum (line[i]) || line[i] == '_' || line[i] == '-' || line[i] == '.'))
    i++;

  if (i >= length || line[i] != ':')
    return FALSE;

  *key_length = i;
  return TRUE;
}

/* Adds the entry being read, then the blank and comment lines from @first
 * up to @end, which turned out not to belong to it. */
static void
flush_front_matter_entry (Importer  *importer,
                          char     **key,
                          GString  **yaml,
                          guint      first,
                          guint      end)
{
  ladder_family_append_front_matter_yaml (importer->family, *key, (*yaml)->str);
  g_clear_pointer (key, g_free);
  g_string_free (g_steal_pointer (yaml), TRUE);

  for (guint line = first; line < end; line++)
    {
      g_autofree char *verbatim = lines_text (importer, line, line);

      ladder_family_append_front_matter_yaml (importer->family, NULL, verbatim);
    }
}

/* Returns the first line of the body. */
static guint
import_front_matter (Importer *importer)
{
  LadderFamilyLayout *layout = ladder_family_get_layout (importer->family);
  g_autofree char *pending_key = NULL;
  g_autoptr (GString) pending_yaml = NULL;
  guint close = 0;
  guint held = 0;
  LadderYamlOpen open_state = { 0 };
  gboolean open = FALSE;
  guint body;

  if (importer->n_lines == 0 || !is_delimiter_line (importer, 0))
    {
      layout->has_front_matter = FALSE;
      return 0;
    }

  /* Hugo ends the front matter at the first line that starts with "---",
   * whatever follows; and the Ladder file format keeps such a line out of
   * the front matter's YAML. */
  for (guint line = 1; line < importer->n_lines; line++)
    {
      if (line_length (importer, line) >= 3 && strncmp (line_start (importer, line), "---", 3) == 0)
        {
          close = line;
          break;
        }
    }

  if (close == 0)
    {
      layout->has_front_matter = FALSE;
      return 0;
    }

  layout->has_front_matter = TRUE;
  if (line_length (importer, 0) != 3)
    layout->front_matter_open = lines_text (importer, 0, 0);
  if (line_length (importer, close) != 3)
    layout->front_matter_close = lines_text (importer, close, close);

  for (guint line = 1; line < close; line++)
    {
      const char *text = line_start (importer, line);
      gsize length = line_length (importer, line);
      gsize key_length = 0;

      if (pending_yaml != NULL)
        {
          gboolean blank = line_is_blank (importer, line);

          /* A continuation of the entry above: a list, a folded value, a
           * quoted value going on at the margin. Blank lines and comments
           * between its lines belong to it too. */
          if (open || (!blank && (text[0] == ' ' || text[0] == '\t' || text[0] == '-')))
            {
              for (guint i = line - held; i <= line; i++)
                {
                  g_string_append_c (pending_yaml, '\n');
                  g_string_append_len (pending_yaml, line_start (importer, i), line_length (importer, i));
                  open = ladder_yaml_open_feed (&open_state, line_start (importer, i), line_length (importer, i));
                }
              held = 0;
              continue;
            }

          if (blank || text[0] == '#')
            {
              held++;
              continue;
            }

          flush_front_matter_entry (importer, &pending_key, &pending_yaml, line - held, line);
          held = 0;
        }

      if (is_key_line (text, length, &key_length))
        {
          pending_key = g_strndup (text, key_length);
          pending_yaml = g_string_new_len (text + key_length + 1, length - key_length - 1);
          open_state = (LadderYamlOpen) { 0 };
          open = ladder_yaml_open_feed (&open_state, pending_yaml->str, pending_yaml->len);
        }
      else
        {
          /* A comment or a blank line: kept as it is, at its place. */
          g_autofree char *verbatim = g_strndup (text, length);

          ladder_family_append_front_matter_yaml (importer->family, NULL, verbatim);
        }
    }

  if (pending_yaml != NULL)
    flush_front_matter_entry (importer, &pending_key, &pending_yaml, close - held, close);

  body = close + 1;
  while (body < importer->n_lines && line_is_blank (importer, body))
    body++;

  /* With nothing after them, the blank lines end the page. */
  if (body < importer->n_lines)
    layout->front_matter.gap = gap_text (importer, close + 1, body, "\n");
  else
    layout->final_gap = gap_text (importer, close + 1, body, "");

  return body;
}

/* cmark ends a line at a carriage return too, the importer only at a line
 * feed (a CR before one stays part of its line). So that both count the
 * same lines, cmark sees a lone CR as a space; what the importer keeps are
 * the page's own bytes. */
static cmark_node *
parse_body (const char *text,
            gsize       length)
{
  const char *cr = memchr (text, '\r', length);
  g_autofree char *copy = NULL;

  if (cr == NULL)
    return cmark_parse_document (text, length, CMARK_OPT_SOURCEPOS);

  copy = g_memdup2 (text, length);
  for (gsize i = (gsize) (cr - text); i < length; i++)
    if (copy[i] == '\r' && (i + 1 == length || copy[i + 1] != '\n'))
      copy[i] = ' ';

  return cmark_parse_document (copy, length, CMARK_OPT_SOURCEPOS);
}

/* Gives every top-level block its lines and gap. */
static void
collect_blocks (Importer   *importer,
                cmark_node *document,
                guint       body)
{
  guint n_blocks;

  importer->blocks = g_array_new (FALSE, TRUE, sizeof (Block));

  for (cmark_node *node = document != NULL ? cmark_node_first_child (document) : NULL;
       node != NULL;
       node = cmark_node_next (node))
    {
      Block block = { 0 };
      int start = cmark_node_get_start_line (node);

      block.node = node;
      block.type = cmark_node_get_type (node);
      block.first = body + (guint) MAX (start, 1) - 1;
      block.parent = -1;

      /* Lines before the first block that cmark made nothing of (link
       * reference definitions) belong to it. */
      if (importer->blocks->len == 0)
        block.first = body;

      if (block.first >= importer->n_lines)
        break;

      if (importer->blocks->len > 0 && block.first <= block_at (importer, importer->blocks->len - 1)->first)
        continue;

      g_array_append_val (importer->blocks, block);
    }

  /* A body that cmark made no block of (link reference definitions
   * alone), or did not parse, is still kept: as one block of text. */
  if (importer->blocks->len == 0 && body < importer->n_lines)
    {
      Block block = { .type = CMARK_NODE_HTML_BLOCK, .first = body, .parent = -1 };

      g_array_append_val (importer->blocks, block);
    }

  n_blocks = importer->blocks->len;
  for (guint i = 0; i < n_blocks; i++)
    {
      Block *block = block_at (importer, i);
      guint end = i + 1 < n_blocks ? block_at (importer, i + 1)->first : importer->n_lines;
      guint last = end;

      while (last > block->first + 1 && line_is_blank (importer, last - 1))
        last--;

      block->last = last - 1;
      block->gap_end = end;

      if (block->type == CMARK_NODE_HEADING)
        {
          block->level = cmark_node_get_heading_level (block->node);
          block->plain = plain_text (block->node);
          g_strstrip (block->plain);
          block->part = classify_part (block->plain, NULL);
        }
    }

  /* Each heading's enclosing heading, and how far its range reaches: the
   * open headings, of rising levels, on a stack (at most six), so that a
   * page of many headings takes no longer than their number. */
  {
    guint open[7];
    guint n_open = 0;

    for (guint i = 0; i < n_blocks; i++)
      {
        Block *block = block_at (importer, i);

        if (block->type != CMARK_NODE_HEADING)
          continue;

        /* This heading ends the range of every open one not above it. */
        while (n_open > 0 && block_at (importer, open[n_open - 1])->level >= block->level)
          block_at (importer, open[--n_open])->range_end = i;

        block->parent = n_open > 0 ? (int) open[n_open - 1] : -1;
        block->range_end = n_blocks;
        g_assert (n_open < G_N_ELEMENTS (open));
        open[n_open++] = i;
      }
  }
}

/* ------------------------------------------------------------------ */
/* Roles                                                                */

typedef struct
{
  Importer   *importer;
  LadderRole *role;
  GPtrArray  *slots;
  int         level;        /* the role heading's level, 0 for none */
  int         sublevel;     /* the level of its part headings */
  int         heading;      /* block index of the role heading, or -1 */
  /* A run of blocks not yet given a place: first..last block index. */
  int         pending_first;
  int         pending_last;
  PartKind    part;
  int         part_level;
  gboolean    seen[4];
  LadderSlot *list_slot;
  gboolean    list_marker_known;
  gboolean    list_ends_page;
  /* The first bullet of the part's first list, if it reads "Extends …". */
  LadderBullet *extends_candidate;
} RoleReader;

static LadderSlot *
add_slot (RoleReader     *reader,
          LadderSlotKind  kind)
{
  LadderSlot *slot = ladder_slot_new (kind);

  g_ptr_array_add (reader->slots, slot);
  return slot;
}

static char *
pending_text (RoleReader  *reader,
              char       **gap,
              const char  *default_gap)
{
  Importer *importer = reader->importer;
  Block *first = block_at (importer, reader->pending_first);
  Block *last = block_at (importer, reader->pending_last);

  *gap = block_gap (importer, last, default_gap);
  return lines_text (importer, first->first, last->last);
}

static void
flush_pending (RoleReader *reader)
{
  LadderSlot *slot;

  if (reader->pending_first < 0)
    return;

  slot = add_slot (reader, LADDER_SLOT_TEXT);
  slot->origin.source = pending_text (reader, &slot->origin.gap, "\n");
  reader->pending_first = reader->pending_last = -1;
}

static void
add_pending (RoleReader *reader,
             guint       index_)
{
  if (reader->pending_first < 0)
    reader->pending_first = (int) index_;
  reader->pending_last = (int) index_;
}

/* The list slot's gap is the gap after its last bullet. */
static void
close_list (RoleReader *reader)
{
  LadderBulletList which;
  GListModel *bullets;
  guint n_items;

  if (reader->list_slot == NULL)
    return;

  which = reader->list_slot->kind == LADDER_SLOT_REQUIREMENTS
          ? LADDER_BULLET_LIST_REQUIREMENTS : LADDER_BULLET_LIST_RESPONSIBILITIES;
  bullets = ladder_role_get_bullets (reader->role, which);
  n_items = g_list_model_get_n_items (bullets);

  if (n_items > 0)
    {
      g_autoptr (LadderBullet) last = g_list_model_get_item (bullets, n_items - 1);
      LadderOrigin *origin = ladder_bullet_get_origin (last);

      /* A bullet's gap is none by default, a list's one blank line. */
      if (origin->gap == NULL)
        {
          if (!reader->list_ends_page)
            reader->list_slot->origin.gap = g_strdup ("");
        }
      else if (!g_str_equal (origin->gap, "\n"))
        reader->list_slot->origin.gap = g_steal_pointer (&origin->gap);
      else
        g_clear_pointer (&origin->gap, g_free);
    }

  reader->list_slot = NULL;
}

static void
end_part (RoleReader *reader)
{
  flush_pending (reader);
  close_list (reader);
  reader->part = PART_NONE;
  reader->part_level = 0;
}

static gsize
count_indent (const char *line,
              gsize       length)
{
  gsize i = 0;

  while (i < length && line[i] == ' ')
    i++;

  return i;
}

/* Reads one list item's lines into a bullet, whose canonical form uses
 * @list_marker, or the item's own marker when that is NULL. */
static LadderBullet *
read_bullet (Importer   *importer,
             guint       first,
             guint       last,
             const char *list_marker,
             char      **marker_out)
{
  const char *line = line_start (importer, first);
  gsize length = line_length (importer, first);
  gsize indent = count_indent (line, length);
  gsize marker_end = indent;
  gsize spaces;
  gsize content;
  GString *text;
  g_autofree char *raw = NULL;
  g_autofree char *canonical = NULL;
  LadderBullet *bullet;

  if (marker_end < length && strchr ("-*+", line[marker_end]) != NULL)
    marker_end++;
  else
    {
      while (marker_end < length && g_ascii_isdigit (line[marker_end]))
        marker_end++;
      if (marker_end < length && (line[marker_end] == '.' || line[marker_end] == ')'))
        marker_end++;
    }

  spaces = 0;
  while (marker_end + spaces < length && line[marker_end + spaces] == ' ')
    spaces++;

  /* Past four spaces the rest is indented code inside the item. */
  if (spaces > 4)
    spaces = 1;
  content = marker_end + spaces;

  *marker_out = g_strndup (line + indent, marker_end - indent);
  if (list_marker == NULL)
    list_marker = *marker_out;

  text = g_string_sized_new (length + 1);
  g_string_append_len (text, line + MIN (content, length), length - MIN (content, length));

  for (guint i = first + 1; i <= last; i++)
    {
      const char *next = line_start (importer, i);
      gsize next_length = line_length (importer, i);
      gsize next_indent = count_indent (next, next_length);

      g_string_append_c (text, '\n');

      if (next_indent == next_length)
        continue;

      if (next_indent >= content)
        g_string_append_len (text, next + content, next_length - content);
      else
        g_string_append_len (text, next, next_length);
    }

  bullet = ladder_bullet_new (text->str);
  raw = lines_text (importer, first, last);
  canonical = ladder_block_bullet (list_marker, text->str);
  ladder_origin_set_source (ladder_bullet_get_origin (bullet), raw, canonical);

  g_string_free (text, TRUE);
  return bullet;
}

static gboolean
starts_with_extends (const char *text)
{
  return g_ascii_strncasecmp (text, "extends ", strlen ("extends ")) == 0;
}

static void
read_list (RoleReader *reader,
           guint       index_)
{
  Importer *importer = reader->importer;
  Block *block = block_at (importer, index_);
  LadderBulletList which = reader->part == PART_REQUIREMENTS
                           ? LADDER_BULLET_LIST_REQUIREMENTS : LADDER_BULLET_LIST_RESPONSIBILITIES;
  g_autofree char *prefix = NULL;
  g_autofree char *prefix_gap = NULL;
  gboolean first_list = reader->list_slot == NULL;
  gboolean first_item = TRUE;
  g_autoptr (GPtrArray) bullets = g_ptr_array_new_with_free_func (g_object_unref);

  if (first_list)
    {
      flush_pending (reader);
      reader->list_slot = add_slot (reader, which == LADDER_BULLET_LIST_REQUIREMENTS
                                            ? LADDER_SLOT_REQUIREMENTS : LADDER_SLOT_RESPONSIBILITIES);
      reader->list_marker_known = FALSE;
    }
  else if (reader->pending_first >= 0)
    {
      /* Text between two lists of one part ("Technical:") goes with the
       * bullet it introduces. */
      prefix = pending_text (reader, &prefix_gap, "\n");
      reader->pending_first = reader->pending_last = -1;
    }

  reader->list_ends_page = block == importer->last_block;

  for (cmark_node *item = cmark_node_first_child (block->node);
       item != NULL;
       item = cmark_node_next (item))
    {
      cmark_node *next = cmark_node_next (item);
      guint first = importer->body + (guint) MAX (cmark_node_get_start_line (item), 1) - 1;
      guint end = next != NULL
                  ? importer->body + (guint) MAX (cmark_node_get_start_line (next), 1) - 1
                  : block->last + 1;
      guint last = end;
      g_autofree char *marker = NULL;
      g_autoptr (LadderBullet) bullet = NULL;
      LadderOrigin *origin;

      if (first > block->last)
        break;
      end = MIN (end, block->last + 1);
      last = end;
      while (last > first + 1 && line_is_blank (importer, last - 1))
        last--;

      if (!reader->list_marker_known)
        {
          bullet = read_bullet (importer, first, last - 1, NULL, &marker);
          reader->list_slot->marker = g_strdup (marker);
          reader->list_marker_known = TRUE;
        }
      else
        {
          bullet = read_bullet (importer, first, last - 1,
                                reader->list_slot->marker != NULL ? reader->list_slot->marker : "-", &marker);
        }
      origin = ladder_bullet_get_origin (bullet);
      origin->gap = next != NULL ? gap_text (importer, last, end, "") : block_gap (importer, block, "");

      if (first_item && prefix != NULL)
        ladder_bullet_set_prefix (bullet, prefix, prefix_gap);

      if (first_list && first_item && starts_with_extends (ladder_bullet_get_text (bullet)))
        reader->extends_candidate = bullet;

      g_ptr_array_add (bullets, g_steal_pointer (&bullet));
      first_item = FALSE;
    }

  ladder_role_splice_bullets (reader->role, which,
                              g_list_model_get_n_items (ladder_role_get_bullets (reader->role, which)), 0,
                              (LadderBullet **) bullets->pdata, bullets->len);

  if (g_strcmp0 (reader->list_slot->marker, "-") == 0)
    g_clear_pointer (&reader->list_slot->marker, g_free);
}

/* Markdown that is its own plain text: what a reader sees is what is
 * written, so it can become a plain-text field. */
static gboolean
is_simple_text (const char *text,
                gsize       length)
{
  g_autofree char *copy = NULL;
  g_autofree char *escaped = NULL;

  if (length == 0 || memchr (text, '\n', length) != NULL)
    return FALSE;

  copy = g_strndup (text, length);
  escaped = ladder_markdown_escape_text (copy);

  return g_str_equal (copy, escaped);
}

/* "[text](destination)", with simple text and no title. */
static gboolean
parse_simple_link (const char  *text,
                   gsize        length,
                   char       **label,
                   char       **destination)
{
  const char *close;

  if (length < 4 || text[0] != '[' || text[length - 1] != ')')
    return FALSE;

  close = g_strstr_len (text, (gssize) length, "](");
  if (close == NULL || !is_simple_text (text + 1, (gsize) (close - text - 1)))
    return FALSE;

  if (memchr (close + 2, ' ', (gsize) (text + length - 1 - (close + 2))) != NULL
      || memchr (close + 2, '(', (gsize) (text + length - 1 - (close + 2))) != NULL
      || memchr (close + 2, ')', (gsize) (text + length - 1 - (close + 2))) != NULL
      || memchr (close + 2, '<', (gsize) (text + length - 1 - (close + 2))) != NULL)
    return FALSE;

  *label = g_strndup (text + 1, (gsize) (close - text - 1));
  *destination = g_strndup (close + 2, (gsize) (text + length - 1 - (close + 2)));
  return TRUE;
}

/* "The <role> reports to the <manager>." on one line. */
static gboolean
read_reports_to (RoleReader *reader,
                 Block      *block)
{
  Importer *importer = reader->importer;
  g_autofree char *raw = NULL;
  g_autofree char *label = NULL;
  g_autofree char *destination = NULL;
  g_autofree char *manager = NULL;
  g_autofree char *rest = NULL;
  const char *found;
  const char *start;
  gsize end;
  LadderSlot *slot;

  if (block->type != CMARK_NODE_PARAGRAPH || block->first != block->last)
    return FALSE;

  raw = block_text (importer, block);
  found = strstr (raw, " reports to ");
  if (g_ascii_strncasecmp (raw, "The ", 4) != 0 || found == NULL || strstr (found + 1, " reports to ") != NULL)
    return FALSE;

  start = found + strlen (" reports to ");
  if (g_str_has_prefix (start, "the "))
    start += strlen ("the ");

  end = strlen (raw);
  while (end > 0 && (raw[end - 1] == ' ' || raw[end - 1] == '\t'))
    end--;
  if (end > 0 && raw[end - 1] == '.')
    end--;

  if ((gsize) (start - raw) >= end)
    return FALSE;

  if (g_strstr_len (start, (gssize) (end - (gsize) (start - raw)), ". ") != NULL)
    return FALSE;

  if (parse_simple_link (start, end - (gsize) (start - raw), &label, &destination)
      && ladder_link_is_allowed (destination))
    {
      ladder_role_set_reports_to (reader->role, label);
      ladder_role_set_reports_to_link (reader->role, destination);
    }
  else if (is_simple_text (start, end - (gsize) (start - raw)))
    {
      g_autofree char *text = g_strndup (start, end - (gsize) (start - raw));

      ladder_role_set_reports_to (reader->role, text);
    }
  else
    {
      return FALSE;
    }

  flush_pending (reader);
  slot = add_slot (reader, LADDER_SLOT_REPORTS_TO);
  slot->origin.gap = block_gap (importer, block, "\n");

  manager = ladder_block_manager (ladder_role_get_reports_to (reader->role),
                                  ladder_role_get_reports_to_link (reader->role));
  rest = ladder_block_reports_to (ladder_role_get_title (reader->role), LADDER_VALUE_PLACEHOLDER);

  {
    g_autofree char *canonical = ladder_block_reports_to (ladder_role_get_title (reader->role), manager);

    if (!g_str_equal (canonical, raw))
      ladder_origin_set_spanned_source (&slot->origin, raw, (int) (start - raw),
                                        (int) (end - (gsize) (start - raw)), rest, manager);
  }

  return TRUE;
}

static gboolean
word_before (const char *text,
             const char *position,
             const char *word)
{
  gsize length = strlen (word);

  return (gsize) (position - text) >= length && g_ascii_strncasecmp (position - length, word, length) == 0;
}

/* Finds the grade number in a sentence such as "The X is a [grade 9](…)."
 * and the link around it. */
static gboolean
find_grade (const char  *text,
            int         *grade,
            gsize       *span_start,
            gsize       *span_length,
            char       **link)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      const char *q = p;
      const char *digits_end;
      gint64 value;

      if (!g_ascii_isdigit (*p) || (p > text && g_ascii_isdigit (p[-1])))
        continue;

      for (;;)
        {
          if (q > text && (q[-1] == ' ' || q[-1] == '#' || q[-1] == '['))
            q--;
          else if (q - 1 > text && (guchar) q[-2] == 0xc2 && (guchar) q[-1] == 0xa0)
            q -= 2; /* a no-break space */
          else
            break;
        }

      if (!word_before (text, q, "grade") && !word_before (text, q, "level")
          && !word_before (text, q, "is a"))
        continue;

      digits_end = p;
      while (g_ascii_isdigit (*digits_end))
        digits_end++;

      if (digits_end - p > 2)
        continue;

      value = g_ascii_strtoll (p, NULL, 10);
      if (value > LADDER_GRADE_MAX)
        continue;

      *grade = (int) value;
      *span_start = (gsize) (p - text);
      *span_length = (gsize) (digits_end - p);
      *link = NULL;

      {
        const char *close = strstr (digits_end, "](");

        if (close != NULL && memchr (digits_end, '\n', (gsize) (close - digits_end)) == NULL
            && memchr (p, ']', (gsize) (close - p)) == NULL)
          {
            const char *dest = close + 2;
            const char *dest_end = strchr (dest, ')');

            if (dest_end != NULL && memchr (dest, '\n', (gsize) (dest_end - dest)) == NULL)
              *link = g_strndup (dest, (gsize) (dest_end - dest));
          }
      }

      return TRUE;
    }

  return FALSE;
}

static gboolean
read_grade (RoleReader *reader,
            Block      *block)
{
  Importer *importer = reader->importer;
  g_autofree char *raw = NULL;
  g_autofree char *link = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *value = NULL;
  g_autofree char *canonical = NULL;
  gsize span_start, span_length;
  int grade;
  LadderSlot *slot;

  if (block->type != CMARK_NODE_PARAGRAPH)
    return FALSE;

  raw = block_text (importer, block);
  if (!find_grade (raw, &grade, &span_start, &span_length, &link))
    return FALSE;

  /* The page's own text is kept as it is; only a safe link becomes the
   * role's grade link. */
  if (!ladder_link_is_allowed (link))
    g_clear_pointer (&link, g_free);

  flush_pending (reader);
  ladder_role_set_job_grade (reader->role, grade);
  ladder_role_set_grade_link (reader->role, link);

  slot = add_slot (reader, LADDER_SLOT_GRADE);
  slot->origin.gap = block_gap (importer, block, "\n");

  value = ladder_block_grade_value (grade);
  rest = ladder_block_grade (ladder_role_get_title (reader->role), LADDER_VALUE_PLACEHOLDER, link);
  canonical = ladder_block_grade (ladder_role_get_title (reader->role), value, link);

  if (!g_str_equal (canonical, raw))
    ladder_origin_set_spanned_source (&slot->origin, raw, (int) span_start, (int) span_length,
                                      rest, value);

  return TRUE;
}

/* Splits a part heading's text into the role it names and its label:
 * "Senior Analyst Job Grade" → "Senior Analyst", "Job Grade". */
static void
split_part_heading (Block  *block,
                    char  **prefix,
                    char  **label)
{
  g_autofree char *trimmed = g_strdup (block->plain);
  gsize label_length = 0;
  gsize length;

  classify_part (block->plain, &label_length);

  length = strlen (trimmed);
  while (length > 0 && trimmed[length - 1] == ':')
    trimmed[--length] = '\0';

  label_length = MIN (label_length, length);
  *label = g_strdup (trimmed + length - label_length);
  *prefix = g_strndup (trimmed, length - label_length);
  g_strchomp (*prefix);
}

static void
start_part (RoleReader *reader,
            Block      *block,
            guint       index_)
{
  Importer *importer = reader->importer;
  LadderSlot *slot;
  g_autofree char *raw = NULL;
  g_autofree char *canonical = NULL;
  g_autofree char *label = NULL;
  g_autofree char *prefix = NULL;

  end_part (reader);
  split_part_heading (block, &prefix, &label);

  slot = add_slot (reader, heading_slot_for (block->part));
  slot->level = block->level;
  slot->prefixed = *prefix != '\0';
  if (!g_str_equal (label, ladder_slot_default_label (slot->kind)))
    slot->label = g_strdup (label);

  raw = block_text (importer, block);
  canonical = ladder_block_heading (slot->level,
                                    slot->prefixed ? ladder_role_get_title (reader->role) : NULL,
                                    slot->label != NULL ? slot->label : ladder_slot_default_label (slot->kind));
  ladder_origin_set_source (&slot->origin, raw, canonical);
  slot->origin.gap = block_gap (importer, block, "\n");

  reader->part = block->part;
  reader->part_level = block->level;
  reader->seen[block->part] = TRUE;
}

static LadderSection *
read_section (Importer *importer,
              guint     heading,
              guint     body_end);

/* A "Job Grade", "Responsibilities" or "Requirements" heading of this role:
 * the first of its kind. The role's blocks are only those find_regions()
 * gave it, so such a heading is the role's at any level: below the role's
 * heading, beside it but named after the role ("### Junior Analyst Job
 * Grade" after "### Junior Analyst"), or one level too high after it. */
static gboolean
is_role_part (RoleReader *reader,
              Block      *block)
{
  return block->part != PART_NONE && !reader->seen[block->part];
}

/* A further Requirements heading while the role's requirements are read
 * ("Nice-to-have Requirements", "Preferred Requirements", "AMER Specific
 * Requirements") qualifies them; it does not start another role. A role
 * that follows without a heading starts with its grade or its
 * responsibilities. */
static gboolean
continues_requirements (RoleReader *reader,
                        Block      *block)
{
  return block->part == PART_REQUIREMENTS && reader->part == PART_REQUIREMENTS
         && block->level >= reader->part_level;
}

/* A part heading that names another role than this one, of a kind this
 * role already has: the page goes on with a role that has no heading of
 * its own ("#### Principal Analyst Job Grade" with no "### Principal
 * Analyst" above). Returns that role's title. */
static char *
next_role_title (RoleReader *reader,
                 Block      *block)
{
  g_autofree char *prefix = NULL;
  g_autofree char *label = NULL;
  g_autofree char *wanted = NULL;
  g_autofree char *found = NULL;

  if (block->part == PART_NONE || !reader->seen[block->part])
    return NULL;

  split_part_heading (block, &prefix, &label);
  if (*prefix == '\0')
    return NULL;

  wanted = g_utf8_casefold (ladder_role_get_title (reader->role), -1);
  found = g_utf8_casefold (prefix, -1);
  if (g_str_equal (wanted, found))
    return NULL;

  return g_steal_pointer (&prefix);
}

/* Reads the role's blocks from..to. Returns where it stopped: @to, or the
 * first block of a role that follows without a heading, whose title it
 * gives in @next_title. */
static guint
read_role_body (RoleReader  *reader,
                guint        from,
                guint        to,
                char       **next_title)
{
  Importer *importer = reader->importer;

  for (guint i = from; i < to; i++)
    {
      Block *block = block_at (importer, i);

      if (block->type == CMARK_NODE_HEADING)
        {
          if (continues_requirements (reader, block))
            {
              add_pending (reader, i);
              continue;
            }

          *next_title = next_role_title (reader, block);
          if (*next_title != NULL)
            {
              end_part (reader);
              return i;
            }

          gboolean direct_part = is_role_part (reader, block);

          if (reader->part != PART_NONE && block->level > reader->part_level && !direct_part)
            {
              add_pending (reader, i);
              continue;
            }

          if (direct_part)
            {
              start_part (reader, block, i);
              continue;
            }

          /* Any other heading starts a subsection of the role. */
          {
            guint end = MIN (block->range_end, to);
            g_autoptr (LadderSection) section = NULL;

            /* A part heading further down still belongs to the role. */
            for (guint j = i + 1; j < end; j++)
              {
                Block *other = block_at (importer, j);

                if (other->type == CMARK_NODE_HEADING && is_role_part (reader, other))
                  {
                    end = j;
                    break;
                  }
              }

            end_part (reader);
            section = read_section (importer, i, end);
            ladder_role_insert_subsection (reader->role,
                                           g_list_model_get_n_items (ladder_role_get_subsections (reader->role)),
                                           section);
            add_slot (reader, LADDER_SLOT_SUBSECTION);
            i = end - 1;
          }
          continue;
        }

      switch (reader->part)
        {
        case PART_GRADE:
          if (ladder_role_get_job_grade (reader->role) == LADDER_GRADE_NONE && read_grade (reader, block))
            continue;
          break;

        case PART_RESPONSIBILITIES:
        case PART_REQUIREMENTS:
          if (block->type == CMARK_NODE_LIST)
            {
              read_list (reader, i);
              continue;
            }
          break;

        case PART_NONE:
        default:
          if (*ladder_role_get_reports_to (reader->role) == '\0' && read_reports_to (reader, block))
            continue;
          if (ladder_role_get_job_grade (reader->role) == LADDER_GRADE_NONE && !reader->seen[PART_GRADE]
              && block->type == CMARK_NODE_PARAGRAPH)
            {
              g_autofree char *raw = block_text (importer, block);
              g_autofree char *link = NULL;
              gsize start, length;
              int grade;

              if (g_strstr_len (raw, -1, "grade") != NULL
                  && find_grade (raw, &grade, &start, &length, &link)
                  && read_grade (reader, block))
                continue;
            }
          break;
        }

      add_pending (reader, i);
    }

  end_part (reader);
  return to;
}

static gboolean
slot_is_default (const LadderSlot *slot,
                 LadderSlotKind    kind,
                 int               sublevel,
                 gboolean          prefixed)
{
  if (slot->kind != kind || !ladder_origin_is_default (&slot->origin)
      || slot->label != NULL || slot->marker != NULL || slot->carries_extends)
    return FALSE;

  if (ladder_slot_kind_is_heading (kind))
    return slot->level == sublevel && slot->prefixed == prefixed;

  return TRUE;
}

/* Roles written exactly as the template writes them keep no slots. */
static void
simplify_slots (RoleReader *reader)
{
  static const LadderSlotKind template[] = {
    LADDER_SLOT_REPORTS_TO, LADDER_SLOT_GRADE_HEADING, LADDER_SLOT_GRADE,
    LADDER_SLOT_RESPONSIBILITIES_HEADING, LADDER_SLOT_RESPONSIBILITIES,
    LADDER_SLOT_REQUIREMENTS_HEADING, LADDER_SLOT_REQUIREMENTS,
  };
  LadderRole *role = reader->role;
  guint n_subsections = g_list_model_get_n_items (ladder_role_get_subsections (role));

  if (reader->slots->len != G_N_ELEMENTS (template) + n_subsections
      || *ladder_role_get_reports_to (role) == '\0'
      || ladder_role_get_job_grade (role) == LADDER_GRADE_NONE
      || reader->level != 3)
    return;

  for (guint i = 0; i < reader->slots->len; i++)
    {
      LadderSlotKind kind = i < G_N_ELEMENTS (template) ? template[i] : LADDER_SLOT_SUBSECTION;

      if (!slot_is_default (g_ptr_array_index (reader->slots, i), kind, reader->sublevel, TRUE))
        return;
    }

  g_ptr_array_set_size (reader->slots, 0);
}

static LadderRole *
read_role (Importer   *importer,
           int         heading,
           const char *title,
           int         level,
           guint       from,
           guint       to,
           guint      *stopped,
           char      **next_title)
{
  g_autoptr (LadderRole) role = ladder_role_new (title);
  RoleReader reader = {
    .importer = importer,
    .role = role,
    .slots = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_slot_free),
    .level = level,
    .sublevel = ladder_block_subheading_level (level),
    .heading = heading,
    .pending_first = -1,
    .pending_last = -1,
  };

  ladder_role_set_heading_level (role, level);

  if (heading >= 0)
    {
      Block *block = block_at (importer, heading);
      g_autofree char *raw = block_text (importer, block);
      g_autofree char *canonical = ladder_block_title_heading (level, title);
      LadderOrigin *origin = ladder_role_get_heading_origin (role);

      ladder_origin_set_source (origin, raw, canonical);
      origin->gap = block_gap (importer, block, "\n");
    }

  *stopped = read_role_body (&reader, from, to, next_title);

  /* A role whose parts all stand at one other level, or without the role
   * prefix, says so in its slots; nothing else is needed. */
  simplify_slots (&reader);

  if (reader.slots->len > 0)
    ladder_role_take_slots (role, g_steal_pointer (&reader.slots));
  else
    g_clear_pointer (&reader.slots, g_ptr_array_unref);

  g_object_set_data (G_OBJECT (role), "ladder-import-extends", reader.extends_candidate);

  return g_steal_pointer (&role);
}

/* "Extends that of the Senior X responsibilities": when the named role is
 * in the family, the line becomes the role's `extends`. */
static void
resolve_extends (LadderFamily  *family,
                 LadderRole    *role,
                 GHashTable   **by_title)
{
  LadderBullet *candidate = g_object_steal_data (G_OBJECT (role), "ladder-import-extends");
  GPtrArray *slots = ladder_role_get_slots (role);
  const char *text;
  const char *name;
  gsize length;
  g_autofree char *label = NULL;
  g_autofree char *destination = NULL;
  g_autofree char *plain = NULL;
  LadderRole *target;
  LadderSlot *slot = NULL;

  if (candidate == NULL || slots == NULL)
    return;

  text = ladder_bullet_get_text (candidate);
  if (strchr (text, '\n') != NULL)
    return;

  name = text + strlen ("extends ");
  if (g_str_has_prefix (name, "that of "))
    name += strlen ("that of ");
  if (g_str_has_prefix (name, "the "))
    name += strlen ("the ");

  length = strlen (name);
  while (length > 0 && strchr (".: ", name[length - 1]) != NULL)
    length--;
  if (length > strlen (" responsibilities")
      && g_ascii_strncasecmp (name + length - strlen (" responsibilities"), " responsibilities", strlen (" responsibilities")) == 0)
    length -= strlen (" responsibilities");
  else if (length > strlen (" requirements")
           && g_ascii_strncasecmp (name + length - strlen (" requirements"), " requirements", strlen (" requirements")) == 0)
    length -= strlen (" requirements");

  if (parse_simple_link (name, length, &label, &destination))
    plain = g_steal_pointer (&label);
  else if (is_simple_text (name, length))
    plain = g_strndup (name, length);
  else
    return;

  /* As ladder_family_find_role() finds it, without going through all the
   * roles for each one. */
  if (*by_title == NULL)
    {
      GListModel *model = ladder_family_get_roles (family);
      guint n_roles = g_list_model_get_n_items (model);

      *by_title = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < n_roles; i++)
        {
          g_autoptr (LadderRole) other = g_list_model_get_item (model, i);
          char *key = g_utf8_casefold (ladder_role_get_title (other), -1);

          if (*key == '\0' || g_hash_table_contains (*by_title, key))
            g_free (key);
          else
            g_hash_table_insert (*by_title, key, other);
        }
    }

  {
    g_autofree char *wanted = g_utf8_casefold (plain, -1);

    target = g_hash_table_lookup (*by_title, wanted);
  }
  if (target == NULL || target == role)
    return;

  for (guint i = 0; i < slots->len && slot == NULL; i++)
    {
      LadderSlot *candidate_slot = g_ptr_array_index (slots, i);

      if (candidate_slot->kind == LADDER_SLOT_RESPONSIBILITIES || candidate_slot->kind == LADDER_SLOT_REQUIREMENTS)
        {
          LadderBulletList which = candidate_slot->kind == LADDER_SLOT_REQUIREMENTS
                                   ? LADDER_BULLET_LIST_REQUIREMENTS : LADDER_BULLET_LIST_RESPONSIBILITIES;
          GListModel *bullets = ladder_role_get_bullets (role, which);
          g_autoptr (LadderBullet) first = g_list_model_get_n_items (bullets) > 0
                                           ? g_list_model_get_item (bullets, 0) : NULL;

          if (first == candidate)
            {
              g_autofree char *canonical = NULL;
              LadderOrigin *origin = ladder_bullet_get_origin (candidate);
              g_autofree char *raw = NULL;

              slot = candidate_slot;
              ladder_role_set_extends (role, ladder_role_get_title (target));

              raw = origin->source != NULL
                    ? g_strdup (origin->source)
                    : ladder_block_bullet (slot->marker != NULL ? slot->marker : "-", text);
              canonical = ladder_block_extends (slot->marker != NULL ? slot->marker : "-",
                                                ladder_role_get_extends (role), slot->kind);

              slot->carries_extends = TRUE;
              ladder_origin_set_source (&slot->extends_origin, raw, canonical);
              slot->extends_origin.gap = g_strdup (origin->gap);

              ladder_role_remove_bullet (role, which, 0);
            }
        }
    }
}

/* Reads a role, and the roles without headings that may follow it. */
static void
read_roles (Importer   *importer,
            int         heading,
            const char *title,
            int         level,
            guint       from,
            guint       to)
{
  g_autofree char *current_title = g_strdup (title);

  while (from < to || heading >= 0)
    {
      g_autofree char *next_title = NULL;
      guint stopped = to;
      g_autoptr (LadderRole) role = read_role (importer, heading, current_title, level, from, to,
                                               &stopped, &next_title);

      ladder_role_set_region (role, importer->region);
      ladder_family_append_role (importer->family, role);

      if (next_title == NULL)
        break;

      g_free (current_title);
      current_title = g_steal_pointer (&next_title);
      heading = -1;
      level = 0;
      from = stopped;
    }
}

/* ------------------------------------------------------------------ */
/* Sections                                                             */

static LadderSection *
read_section (Importer *importer,
              guint     heading,
              guint     body_end)
{
  Block *block = block_at (importer, heading);
  g_autoptr (LadderSection) section =
    ladder_section_new (ladder_section_kind_for_heading (block->plain), block->plain, block->level);
  g_autofree char *raw = block_text (importer, block);
  g_autofree char *canonical = ladder_block_title_heading (block->level, block->plain);
  LadderOrigin *heading_origin = ladder_section_get_heading_origin (section);

  ladder_origin_set_source (heading_origin, raw, canonical);
  heading_origin->gap = block_gap (importer, block, "\n");

  if (heading + 1 < body_end)
    {
      Block *first = block_at (importer, heading + 1);
      Block *last = block_at (importer, body_end - 1);
      g_autofree char *body = lines_text (importer, first->first, last->last);

      ladder_section_set_body (section, body);
      ladder_section_get_body_origin (section)->gap = block_gap (importer, last, "\n");
    }

  return g_steal_pointer (&section);
}

/* Splits blocks from..to (starting at a heading) into sections at every
 * heading of at most @base level. */
static void
read_sections (Importer *importer,
               guint     from,
               guint     to,
               int       base)
{
  guint start = from;

  while (start < to)
    {
      guint end = start + 1;

      while (end < to)
        {
          Block *block = block_at (importer, end);

          if (block->type == CMARK_NODE_HEADING && block->level <= base)
            break;
          end++;
        }

      {
        g_autoptr (LadderSection) section = read_section (importer, start, end);

        ladder_family_append_section (importer->family, section);
      }
      start = end;
    }
}

/* ------------------------------------------------------------------ */
/* The page                                                             */

/* How much of a role blocks from..to hold: the distinct kinds of part
 * headings below @level, a grade counting above all, since a grade is what
 * sets a role apart from a specialty or a general description. */
static guint
count_parts (Importer *importer,
             guint     from,
             guint     to,
             int       level)
{
  gboolean seen[4] = { FALSE, };
  guint count = 0;

  for (guint i = from; i < to; i++)
    {
      Block *block = block_at (importer, i);

      if (block->type == CMARK_NODE_HEADING && block->part != PART_NONE
          && block->level > level && !seen[block->part])
        {
          seen[block->part] = TRUE;
          count += block->part == PART_GRADE ? 1000 : 1;
        }
    }

  return count;
}

/* A run of roles in the page: the roles' headings, the heading that
 * encloses them ("## Levels") or -1, and the blocks they take up. A run
 * without role headings is a page about one role whose parts stand at
 * the top ("## Responsibilities"). */
typedef struct
{
  GArray *members;
  int     wrapper;
  guint   start;
  guint   end;
  guint   score;
  /* The role the run starts with when its heading is not a role. */
  char   *lead_title;
  /* Members of runs found to be further levels of this one. */
  GArray *nested;
} Region;

static void
region_clear (gpointer data)
{
  Region *region = data;

  g_clear_pointer (&region->members, g_array_unref);
  g_clear_pointer (&region->lead_title, g_free);
  g_clear_pointer (&region->nested, g_array_unref);
}

/* Higher score first, then page order. */
static int
compare_scores (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  GArray *groups = data;
  guint first = *(const guint *) a;
  guint second = *(const guint *) b;
  guint first_score = g_array_index (groups, Region, first).score;
  guint second_score = g_array_index (groups, Region, second).score;

  if (first_score != second_score)
    return first_score > second_score ? -1 : 1;

  return first < second ? -1 : first > second;
}

/* A heading that speaks of a part without being one ("Requirements (all
 * levels)", "Responsibilities for Security Engineer roles"): it is no role,
 * and the part headings under it are the parts of the role above it. */
static gboolean
names_a_part (Block *block)
{
  static const char *const words[] = { "responsibilities", "requirements", "job grade" };
  g_autofree char *lower = NULL;

  if (block->type != CMARK_NODE_HEADING || block->part != PART_NONE)
    return FALSE;

  lower = g_ascii_strdown (block->plain, -1);
  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      gsize length = strlen (words[w]);

      for (const char *found = strstr (lower, words[w]); found != NULL;
           found = strstr (found + 1, words[w]))
        if ((found == lower || !g_ascii_isalnum (found[-1])) && !g_ascii_isalnum (found[length]))
          return TRUE;
    }

  return FALSE;
}

/* Text compared as a reader compares names: case and runs of spaces do not
 * matter. */
static char *
name_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t')
        {
          if (key->len > 0 && key->str[key->len - 1] != ' ')
            g_string_append_c (key, ' ');
          continue;
        }
      g_string_append_c (key, *p);
    }

  if (key->len > 0 && key->str[key->len - 1] == ' ')
    g_string_truncate (key, key->len - 1);

  return g_string_free (key, FALSE);
}

/* The name a heading is compared by, made once per heading: @keys holds
 * them by block index. For a part heading, the name of the role it names
 * ("Senior Analyst" for "Senior Analyst Job Grade"), empty for none. */
static const char *
heading_key (Importer  *importer,
             guint      index_,
             char     **keys)
{
  if (keys[index_] == NULL)
    {
      Block *block = block_at (importer, index_);

      if (block->part != PART_NONE)
        {
          g_autofree char *prefix = NULL;
          g_autofree char *label = NULL;

          split_part_heading (block, &prefix, &label);
          keys[index_] = name_key (prefix);
        }
      else
        {
          keys[index_] = name_key (block->plain);
        }
    }

  return keys[index_];
}

/* Whether part heading @part is named after heading @heading: "### Junior
 * Analyst Job Grade" after "### Junior Analyst". */
static gboolean
part_named_after (Importer  *importer,
                  guint      part,
                  int        heading,
                  char     **keys)
{
  const char *found = heading_key (importer, part, keys);

  return heading >= 0 && *found != '\0'
         && g_str_equal (found, heading_key (importer, (guint) heading, keys));
}

/* A "Job Grades" heading over the levels of the family, each with its own
 * "Job Grade" heading, is the heading of a run of roles, not a part.
 * @known caches the answers (0 unknown, 1 no, 2 yes), so that each range is
 * gone through once. */
static gboolean
holds_roles (Importer *importer,
             guint     heading,
             guint8   *known)
{
  Block *block = block_at (importer, heading);

  if (known[heading] == 0)
    {
      known[heading] = 1;
      for (guint i = heading + 1; block->part == PART_GRADE && i < block->range_end; i++)
        {
          Block *inner = block_at (importer, i);

          if (inner->type == CMARK_NODE_HEADING && inner->part == PART_GRADE)
            {
              known[heading] = 2;
              break;
            }
        }
    }

  return known[heading] == 2;
}

static guint
score_of_kinds (guint kinds)
{
  return ((kinds >> PART_GRADE) & 1) * 1000
         + ((kinds >> PART_RESPONSIBILITIES) & 1)
         + ((kinds >> PART_REQUIREMENTS) & 1);
}

static int
compare_indices (gconstpointer a,
                 gconstpointer b)
{
  guint first = *(const guint *) a;
  guint second = *(const guint *) b;

  return first < second ? -1 : first > second;
}

/* The name a run's first heading would have as a role, when its part
 * headings name two other roles instead ("## Territories", then "### VP
 * (Americas) Responsibilities" and "### VP (EMEA) Responsibilities"): it is
 * the heading of the run, not a role. NULL when it is a role. */
static char *
first_named_role (Importer *importer,
                  guint     heading,
                  guint     to)
{
  Block *block = block_at (importer, heading);
  g_autofree char *title = name_key (block->plain);
  g_autofree char *first = NULL;
  g_autofree char *first_key = NULL;
  PartKind first_kind = PART_NONE;

  for (guint i = heading + 1; i < to; i++)
    {
      Block *part = block_at (importer, i);
      g_autofree char *prefix = NULL;
      g_autofree char *label = NULL;
      g_autofree char *key = NULL;

      if (part->type != CMARK_NODE_HEADING || part->part == PART_NONE)
        continue;

      split_part_heading (part, &prefix, &label);
      key = name_key (prefix);

      if (first == NULL)
        {
          if (*key == '\0' || g_str_equal (key, title))
            return NULL;
          first = g_steal_pointer (&prefix);
          first_key = g_steal_pointer (&key);
          first_kind = part->part;
          continue;
        }

      if (part->part == first_kind && *key != '\0' && !g_str_equal (key, first_key))
        return g_steal_pointer (&first);
    }

  return NULL;
}

/* The position in @region's members of the last one before block @index_
 * (members are in page order), or 0. */
static guint
member_position (Region *region,
                 guint   index_)
{
  guint low = 0, high = region->members->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (region->members, guint, middle) < index_)
        low = middle + 1;
      else
        high = middle;
    }

  return low > 0 ? low - 1 : 0;
}

/* Whether run @inner stands among the blocks of one role of run @outer,
 * after that role's own parts: it is a further level of @outer ("###
 * Director" after the parts of "## Senior Manager"). Members of @inner
 * before the end of that role's parts are the role's content, not roles.
 * After the last role of @outer, @inner may go on up to @limit. */
static gboolean
nests_in (Region      *inner,
          Region      *outer,
          const guint *last_part,
          guint        limit)
{
  guint position;
  guint member;
  guint next;

  if (outer->members == NULL || inner->members == NULL || outer->members->len == 0
      || inner->start <= outer->start || inner->start >= outer->end)
    return FALSE;

  position = member_position (outer, inner->start);
  member = g_array_index (outer->members, guint, position);
  next = limit;
  if (position + 1 < outer->members->len)
    next = g_array_index (outer->members, guint, position + 1);

  if (inner->end > next)
    return FALSE;

  return g_array_index (inner->members, guint, inner->members->len - 1) > last_part[member];
}

/* Adds the members of @from that come after the parts of the member of
 * @into they stand in to @into, as further levels of its run. They are
 * sorted into place once all runs are taken (finish_members()), so that
 * many runs joining one stay linear. */
static void
add_nested (Region      *into,
            Region      *from,
            const guint *extent,
            const guint *last_part)
{
  guint holder = g_array_index (into->members, guint, member_position (into, from->start));
  guint after = last_part[holder];
  GArray *sources[] = { from->members, from->nested };

  if (into->nested == NULL)
    into->nested = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint s = 0; s < G_N_ELEMENTS (sources); s++)
    for (guint m = 0; sources[s] != NULL && m < sources[s]->len; m++)
      {
        guint member = g_array_index (sources[s], guint, m);

        if (member <= after)
          continue;

        g_array_append_val (into->nested, member);
        into->start = MIN (into->start, member);
        into->end = MAX (into->end, extent[member]);
      }
}

static void
finish_members (Region *region)
{
  if (region->nested == NULL)
    return;

  g_array_append_vals (region->members, region->nested->data, region->nested->len);
  g_array_sort (region->members, compare_indices);
  g_clear_pointer (&region->nested, g_array_unref);
}

/*
 * Decides which headings are roles.
 *
 * Each part heading ("Job Grade", "Responsibilities", "Requirements") is
 * given to the heading of the role it belongs to, the first that applies:
 * the heading it stands under, when it is named after it; the last heading
 * at its level or deeper since a heading above it, when it is named after
 * that one ("### Junior Analyst" then "### Junior Analyst Job Grade", or
 * "#### Senior Manager" then "### Senior Manager Job Grade"); the heading
 * the part heading before it went to, when both are named alike; the
 * heading it stands under, when that is a role already; the role whose
 * parts end right where it stands, when that role has no part of its kind
 * yet (a "## Requirements" written one level too high after "## Manager"'s
 * "### Responsibilities"); else the heading it stands under. A part heading
 * under another part heading is a part of that part's role; headings that
 * only speak of parts ("Requirements (all levels)") are passed over, and a
 * "Job Grades" heading above the levels' own "Job Grade" headings is the
 * heading of their run, not a part. Part headings under no heading at all
 * are the parts of a role without a heading: the page's one role, or the
 * family's description.
 *
 * The headings given parts are the roles. They are grouped by their
 * enclosing heading and level, each group a run of roles (the levels of the
 * family, the specialties). Where runs would overlap, the one holding more
 * parts wins, a grade counting above all; but a run that stands inside one
 * role of another, after that role's parts, is a further level of that run
 * and joins it. The parts without a heading never win over a run with
 * headings, and a grade alone without a heading, on a page of headed
 * roles, is a table of grades, not a role.
 */
static GArray *
find_regions (Importer *importer)
{
  guint n_blocks = importer->blocks->len;
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) groups = g_array_new (FALSE, TRUE, sizeof (Region));
  g_autoptr (GHashTable) group_of = g_hash_table_new (NULL, NULL);
  g_autofree gboolean *is_candidate = g_new0 (gboolean, n_blocks + 1);
  /* For a part heading, the role heading it belongs to, or -1. */
  g_autofree int *owner = g_new (int, n_blocks + 1);
  /* For a role heading: the first block past its parts, the kinds of
   * parts it has (bits) and its last part heading. */
  g_autofree guint *extent = g_new0 (guint, n_blocks + 1);
  g_autofree guint *kinds = g_new0 (guint, n_blocks + 1);
  g_autofree guint *last_part = g_new0 (guint, n_blocks + 1);
  /* For a block, the innermost role whose parts end there, or -1. */
  g_autofree int *ends_at = g_new (int, n_blocks + 1);
  g_autofree guint8 *holds = g_new0 (guint8, n_blocks + 1);
  /* Names of headings, as heading_key() makes them; not a GStrv, since
   * only some are made. */
  g_autofree char **keys = g_new0 (char *, n_blocks + 1);
  /* For each level, the last heading at it that may own a part heading
   * named after it, while no heading above that level has come. */
  int sibling[7];
  int previous_owner = -1;
  GArray *order;
  GArray *regions = g_array_new (FALSE, TRUE, sizeof (Region));
  Region implicit = { .wrapper = -1 };
  gboolean has_implicit = FALSE;
  int implicit_level = 6;

  g_array_set_clear_func (groups, region_clear);
  g_array_set_clear_func (regions, region_clear);

  for (guint i = 0; i <= n_blocks; i++)
    owner[i] = ends_at[i] = -1;
  for (guint l = 0; l < G_N_ELEMENTS (sibling); l++)
    sibling[l] = -1;

  for (guint i = 0; i < n_blocks; i++)
    {
      Block *block = block_at (importer, i);
      int parent;
      int role = -1;

      if (block->type != CMARK_NODE_HEADING)
        continue;

      if (block->part == PART_NONE || holds_roles (importer, i, holds))
        {
          for (int l = block->level + 1; l < (int) G_N_ELEMENTS (sibling); l++)
            sibling[l] = -1;
          if (block->part == PART_NONE && !names_a_part (block))
            sibling[block->level] = (int) i;
          continue;
        }

      parent = block->parent;
      while (parent >= 0 && names_a_part (block_at (importer, parent)))
        parent = block_at (importer, parent)->parent;

      if (parent >= 0 && block_at (importer, parent)->part != PART_NONE
          && !holds_roles (importer, (guint) parent, holds))
        {
          owner[i] = owner[parent];
          if (owner[i] >= 0)
            kinds[owner[i]] |= 1u << block->part;
          continue;
        }

      if (part_named_after (importer, i, parent, keys))
        role = parent;

      for (int l = block->level; role < 0 && l < (int) G_N_ELEMENTS (sibling); l++)
        if (part_named_after (importer, i, sibling[l], keys))
          role = sibling[l];

      if (role < 0 && previous_owner >= 0 && previous_owner > parent
          && part_named_after (importer, i, previous_owner, keys))
        role = previous_owner;

      if (role < 0 && parent >= 0 && is_candidate[parent])
        role = parent;

      if (role < 0 && ends_at[i] >= 0 && extent[ends_at[i]] == i
          && (kinds[ends_at[i]] & (1u << block->part)) == 0)
        role = ends_at[i];

      if (role < 0)
        role = parent;

      for (int l = block->level + 1; l < (int) G_N_ELEMENTS (sibling); l++)
        sibling[l] = -1;

      if (role < 0)
        {
          if (!has_implicit)
            implicit.start = i;
          has_implicit = TRUE;
          implicit.end = MAX (implicit.end, block->range_end);
          implicit_level = MIN (implicit_level, block->level);
          continue;
        }

      owner[i] = role;
      previous_owner = role;
      if (!is_candidate[role])
        {
          guint index_ = (guint) role;

          is_candidate[role] = TRUE;
          extent[role] = block_at (importer, index_)->range_end;
          g_array_append_val (candidates, index_);
        }
      kinds[role] |= 1u << block->part;
      last_part[role] = i;
      extent[role] = MAX (extent[role], block->range_end);
      if (ends_at[extent[role]] < role)
        ends_at[extent[role]] = role;
    }

  g_array_sort (candidates, compare_indices);

  for (guint c = 0; c < candidates->len; c++)
    {
      guint index_ = g_array_index (candidates, guint, c);
      Block *member = block_at (importer, index_);
      Region *group = NULL;
      /* Groups are told apart by their enclosing heading and level. */
      gpointer key = GSIZE_TO_POINTER (((gsize) (member->parent + 1) << 3) | (gsize) member->level);
      gpointer found;

      if (g_hash_table_lookup_extended (group_of, key, NULL, &found))
        group = &g_array_index (groups, Region, GPOINTER_TO_UINT (found));

      if (group == NULL)
        {
          Region fresh = {
            .members = g_array_new (FALSE, FALSE, sizeof (guint)),
            .wrapper = member->parent,
            .start = index_,
          };

          g_hash_table_insert (group_of, key, GUINT_TO_POINTER (groups->len));
          g_array_append_val (groups, fresh);
          group = &g_array_index (groups, Region, groups->len - 1);
        }

      g_array_append_val (group->members, index_);
      group->end = MAX (group->end, extent[index_]);
      group->score += score_of_kinds (kinds[index_]);
    }

  /* Best first (the earlier of equals). The runs taken are kept in page
   * order, so a new one is checked against its neighbours only. */
  order = g_array_sized_new (FALSE, FALSE, sizeof (guint), groups->len);
  for (guint g = 0; g < groups->len; g++)
    if (g_array_index (groups, Region, g).score > 0)
      g_array_append_val (order, g);
  g_array_sort_with_data (order, compare_scores, groups);

  for (guint k = 0; k < order->len; k++)
    {
      Region *group = &g_array_index (groups, Region, g_array_index (order, guint, k));
      guint low = 0, high = regions->len;
      guint first, last;
      gboolean all_nested = TRUE;

      /* The first run taken that starts after this one. */
      while (low < high)
        {
          guint middle = low + (high - low) / 2;

          if (g_array_index (regions, Region, middle).start <= group->start)
            low = middle + 1;
          else
            high = middle;
        }

      /* The runs taken that this one overlaps: first..last-1. */
      first = low;
      if (low > 0 && group->start < g_array_index (regions, Region, low - 1).end)
        first = low - 1;
      last = low;
      while (last < regions->len && g_array_index (regions, Region, last).start < group->end)
        last++;

      if (first == last)
        {
          Region region = *group;

          group->members = NULL;
          group->score = 0;
          g_array_insert_val (regions, low, region);
          continue;
        }

      /* Inside one role of a run taken: a further level of it. */
      if (last == first + 1
          && nests_in (group, &g_array_index (regions, Region, first), last_part,
                       last < regions->len
                       ? g_array_index (regions, Region, last).start : n_blocks))
        {
          Region *outer = &g_array_index (regions, Region, first);

          add_nested (outer, group, extent, last_part);
          continue;
        }

      /* Holding runs taken inside its roles: they are its further levels. */
      for (guint r = first; r < last && all_nested; r++)
        all_nested = nests_in (&g_array_index (regions, Region, r), group, last_part,
                               g_array_index (regions, Region, r).end);

      if (all_nested)
        {
          Region region = *group;

          group->members = NULL;
          group->score = 0;
          for (guint r = first; r < last; r++)
            {
              Region *inner = &g_array_index (regions, Region, r);

              add_nested (&region, inner, extent, last_part);
            }
          g_array_remove_range (regions, first, last - first);
          g_array_insert_val (regions, first, region);
        }
    }

  g_array_unref (order);

  for (guint r = 0; r < regions->len; r++)
    finish_members (&g_array_index (regions, Region, r));

  /* The parts without a role heading, where no run with headings is. */
  if (has_implicit)
    {
      guint low = 0;

      while (low < regions->len && g_array_index (regions, Region, low).start <= implicit.start)
        low++;
      if (low < regions->len)
        implicit.end = MIN (implicit.end, g_array_index (regions, Region, low).start);

      implicit.score = count_parts (importer, implicit.start, implicit.end, implicit_level - 1);

      if ((low == 0 || g_array_index (regions, Region, low - 1).end <= implicit.start)
          && !(regions->len > 0 && implicit.score == score_of_kinds (1u << PART_GRADE)))
        g_array_insert_val (regions, low, implicit);
    }

  /* An enclosing heading stands at the head of its run's section only if
   * nothing else of the page comes between them. */
  for (guint r = 0; r < regions->len; r++)
    {
      Region *region = &g_array_index (regions, Region, r);
      guint previous_end = r > 0 ? g_array_index (regions, Region, r - 1).end : 0;

      if (region->wrapper >= 0 && (guint) region->wrapper < previous_end)
        region->wrapper = -1;
    }

  /* A first heading whose parts name other roles heads the run. */
  for (guint r = 0; r < regions->len; r++)
    {
      Region *region = &g_array_index (regions, Region, r);
      guint first;
      guint to;

      if (region->members == NULL || region->wrapper >= 0)
        continue;

      first = g_array_index (region->members, guint, 0);
      to = region->members->len > 1 ? g_array_index (region->members, guint, 1) : region->end;
      region->lead_title = first_named_role (importer, first, to);
      if (region->lead_title != NULL)
        {
          region->wrapper = (int) first;
          region->start = first + 1;
          g_array_remove_index (region->members, 0);
        }
    }

  for (guint i = 0; i < n_blocks; i++)
    g_free (keys[i]);

  return regions;
}

/* How much of a page is read into fields. */
typedef enum
{
  READ_ALL,
  /* The front matter is read, the body kept as text. */
  BODY_AS_TEXT,
  /* The whole page is kept as text. */
  PAGE_AS_TEXT,
} ImportMode;

/* Why less than the whole page was read. */
typedef struct
{
  LadderMarkdownCost cost;
  gsize              where;
  gboolean           long_front_matter;
  /* Where the body starts. */
  gsize              body;
} Fallback;

/* Front matter entries as import_front_matter() makes them: one per line,
 * with its continuation lines. */
static guint
count_front_matter_entries (Importer *importer)
{
  guint count = 0;

  if (importer->n_lines == 0 || !is_delimiter_line (importer, 0))
    return 0;

  for (guint line = 1; line < importer->n_lines; line++)
    {
      const char *text = line_start (importer, line);
      gsize length = line_length (importer, line);

      if (length >= 3 && strncmp (text, "---", 3) == 0)
        return count;
      if (count == 0 || length == 0 || (text[0] != ' ' && text[0] != '\t' && text[0] != '-'))
        count++;
    }

  /* Never closed: not front matter. */
  return 0;
}

/* Links and HTML in the page that Ladder would refuse if they were typed
 * (ladder-markdown-check.c): the page keeps them, the person is told. */
typedef struct
{
  GPtrArray  *diagnostics;
  const char *filename;
  guint       first_line;
} ProblemContext;

static void
add_problem (int         line,
             int         column,
             const char *message,
             gpointer    user_data)
{
  ProblemContext *context = user_data;

  g_ptr_array_add (context->diagnostics,
                   ladder_diagnostic_new (LADDER_DIAGNOSTIC_WARNING, LADDER_IMPORT_WARNING,
                                          LADDER_IMPORT_WARNING_UNSAFE, context->filename,
                                          line + (int) context->first_line, column, "%s", message));
}

/* Reads the page as far as @mode says. NULL with @error set for a front
 * matter that is not one YAML mapping of plain keys: written back, it
 * would break the handbook's build or gain keys. */
static LadderFamily *
import_page (const char  *data,
             gsize        length,
             ImportMode   mode,
             Fallback    *fallback,
             const char  *filename,
             GPtrArray   *diagnostics,
             GError     **error)
{
  g_autoptr (LadderFamily) family = NULL;
  LadderFamilyLayout *layout;
  Importer importer = { 0 };
  cmark_node *document = NULL;
  guint body;
  guint n_blocks;
  guint first_heading;
  GArray *regions;
  guint cursor;
  int base = 6;

  family = g_object_new (LADDER_TYPE_FAMILY, NULL);
  layout = ladder_family_get_layout (family);
  importer.data = data;
  importer.length = length;
  importer.family = family;
  split_lines (&importer);

  if (length > 0 && data[length - 1] != '\n')
    layout->no_final_newline = TRUE;

  /* Counted before a single entry is made. */
  if (mode == READ_ALL && count_front_matter_entries (&importer) > LADDER_MAX_FRONT_MATTER)
    {
      fallback->long_front_matter = TRUE;
      mode = PAGE_AS_TEXT;
    }

  if (mode == PAGE_AS_TEXT)
    {
      layout->has_front_matter = FALSE;
      body = 0;
    }
  else
    {
      body = import_front_matter (&importer);
    }

  if (layout->has_front_matter)
    {
      guint entry, line, column;
      g_autofree char *message = NULL;

      if (!ladder_front_matter_check_family (family, &entry, &line, &column, &message))
        {
          ladder_set_error_at (error, LADDER_ERROR_SYNTAX, filename, (int) line + 1, (int) column, "%s", message);
          g_array_free (importer.starts, TRUE);
          return NULL;
        }
    }

  /* Blank lines at the very top of a page without front matter. */
  if (!layout->has_front_matter && body == 0)
    {
      while (body < importer.n_lines && line_is_blank (&importer, body))
        body++;
      if (body > 0)
        layout->front_matter.gap = gap_text (&importer, 0, body, "");
    }

  importer.body = body;
  if (body < importer.n_lines)
    {
      gsize offset = g_array_index (importer.starts, gsize, body);

      fallback->body = offset;
      if (mode == READ_ALL)
        {
          fallback->cost = ladder_markdown_cost (data + offset, length - offset, &fallback->where);
          fallback->where += offset;
          if (fallback->cost == LADDER_MARKDOWN_COST_BOUNDED)
            document = parse_body (data + offset, length - offset);
        }

      collect_blocks (&importer, document, body);

      /* A page kept as text says so (ladder_markdown_import_full ()). */
      if (diagnostics != NULL && document != NULL)
        {
          ProblemContext context = { diagnostics, filename, body };

          ladder_markdown_find_problems (document, add_problem, &context);
        }
    }
  else
    {
      importer.blocks = g_array_new (FALSE, TRUE, sizeof (Block));
    }
  n_blocks = importer.blocks->len;

  if (n_blocks > 0)
    {
      Block *last = block_at (&importer, n_blocks - 1);

      layout->final_gap = block_gap (&importer, last, "");
      importer.last_block = last;
    }

  first_heading = n_blocks;
  for (guint i = 0; i < n_blocks; i++)
    {
      if (block_at (&importer, i)->type == CMARK_NODE_HEADING)
        {
          first_heading = i;
          break;
        }
    }

  if (first_heading > 0)
    {
      Block *last = block_at (&importer, first_heading - 1);
      g_autofree char *intro = lines_text (&importer, block_at (&importer, 0)->first, last->last);

      ladder_family_set_intro (family, intro);
      layout->intro.gap = block_gap (&importer, last, "\n");
    }

  regions = find_regions (&importer);

  /* The runs are in page order and apart. */
  for (guint i = first_heading, r = 0; i < n_blocks; i++)
    {
      Block *block = block_at (&importer, i);
      gboolean inside;

      while (r < regions->len && g_array_index (regions, Region, r).end <= i)
        r++;

      inside = r < regions->len
               && ((i >= g_array_index (regions, Region, r).start)
                   || (int) i == g_array_index (regions, Region, r).wrapper);

      if (block->type == CMARK_NODE_HEADING && !inside)
        base = MIN (base, block->level);
    }

  cursor = first_heading;
  for (guint r = 0; r < regions->len; r++)
    {
      Region *region = &g_array_index (regions, Region, r);
      g_autoptr (LadderSection) roles_section = NULL;
      guint before_end = region->wrapper >= 0 ? (guint) region->wrapper : region->start;

      read_sections (&importer, cursor, before_end, base);

      if (region->wrapper >= 0)
        roles_section = read_section (&importer, (guint) region->wrapper, region->start);
      else
        roles_section = ladder_section_new (LADDER_SECTION_ROLES, "", 0);

      ladder_section_set_kind (roles_section, LADDER_SECTION_ROLES);
      ladder_family_append_section (family, roles_section);
      importer.region = r;

      if (region->members != NULL)
        {
          if (region->lead_title != NULL)
            read_roles (&importer, -1, region->lead_title, 0, region->start,
                        region->members->len > 0
                        ? g_array_index (region->members, guint, 0) : region->end);

          for (guint k = 0; k < region->members->len; k++)
            {
              guint heading = g_array_index (region->members, guint, k);
              guint to = k + 1 < region->members->len ? g_array_index (region->members, guint, k + 1) : region->end;
              Block *block = block_at (&importer, heading);

              read_roles (&importer, (int) heading, block->plain, block->level, heading + 1, to);
            }
        }
      else
        {
          read_roles (&importer, -1, ladder_family_get_title (family), 0, region->start, region->end);
        }

      cursor = region->end;
    }

  read_sections (&importer, cursor, n_blocks, base);
  g_array_unref (regions);

  {
    GListModel *model = ladder_family_get_roles (family);
    guint n_roles = g_list_model_get_n_items (model);
    g_autoptr (GHashTable) by_title = NULL;

    for (guint i = 0; i < n_roles; i++)
      {
        g_autoptr (LadderRole) role = g_list_model_get_item (model, i);

        resolve_extends (family, role, &by_title);
      }
  }

  for (guint i = 0; i < n_blocks; i++)
    g_free (block_at (&importer, i)->plain);
  g_array_free (importer.blocks, TRUE);
  g_array_free (importer.starts, TRUE);
  if (document != NULL)
    cmark_node_free (document);

  return g_steal_pointer (&family);
}

G_DEFINE_QUARK (ladder-import-warning-quark, ladder_import_warning)

static void
warn_kept_as_text (GPtrArray  *diagnostics,
                   const char *filename,
                   const char *data,
                   gsize       offset,
                   const char *reason)
{
  int line, column;

  if (diagnostics == NULL)
    return;

  ladder_text_position (data, data + offset, &line, &column);
  g_ptr_array_add (diagnostics,
                   ladder_diagnostic_new (LADDER_DIAGNOSTIC_WARNING, LADDER_IMPORT_WARNING,
                                          LADDER_IMPORT_WARNING_KEPT_AS_TEXT, filename, line, column,
                                          /* TRANSLATORS: %s says why, such as "too many roles: …" */
                                          _("%s; the page is kept as Markdown text: it exports unchanged, "
                                            "but its roles cannot be edited as fields"),
                                          reason));
}

/**
 * ladder_markdown_import_full:
 * @data: the page's bytes
 * @length: their length
 * @filename: (nullable): the name to give in messages
 * @diagnostics: (nullable) (element-type LadderDiagnostic): where to add
 *   warnings about the page
 * @error: return location for a #GError
 *
 * Reads a handbook job-family page. Whatever the page says that is not
 * a role's title, manager, grade, responsibilities or requirements, or a
 * section, is kept as Markdown at its place, so that exporting the family
 * again gives back the page.
 *
 * A page that libcmark would take too long or too much memory to read
 * (ladder-markdown-cost.c), or whose fields would pass the bounds of the
 * file format (ladder-json.h), is not refused: it is kept as Markdown text,
 * and still exports byte for byte, with a warning in @diagnostics
 * (%LADDER_IMPORT_WARNING_KEPT_AS_TEXT) saying why.
 *
 * Returns: (transfer full) (nullable): the family, or %NULL with @error set
 */
LadderFamily *
ladder_markdown_import_full (const char  *data,
                             gsize        length,
                             const char  *filename,
                             GPtrArray   *diagnostics,
                             GError     **error)
{
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GBytes) file = NULL;
  g_autofree char *bound = NULL;
  gboolean count_values = FALSE;
  Fallback fallback = { LADDER_MARKDOWN_COST_BOUNDED, 0, FALSE, 0 };
  const char *invalid = NULL;
  const char *nul;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";

  nul = length > 0 ? memchr (data, '\0', length) : NULL;
  if (nul != NULL || !g_utf8_validate (data, (gssize) length, &invalid))
    {
      int line, column;

      ladder_text_position (data, nul != NULL ? nul : invalid, &line, &column);
      ladder_set_error_at (error, LADDER_ERROR_SYNTAX, filename, line, column,
                           nul != NULL ? _("the page holds a NUL byte; it is not a text file")
                                       : _("the page is not valid UTF-8"));
      return NULL;
    }

  family = import_page (data, length, READ_ALL, &fallback, filename, diagnostics, error);
  if (family == NULL)
    return NULL;

  if (fallback.long_front_matter)
    {
      g_autofree char *reason = g_strdup_printf (_("the front matter has more than %d entries"),
                                                 LADDER_MAX_FRONT_MATTER);

      warn_kept_as_text (diagnostics, filename, data, 0, reason);
      return g_steal_pointer (&family);
    }

  switch (fallback.cost)
    {
    case LADDER_MARKDOWN_COST_QUADRATIC:
      warn_kept_as_text (diagnostics, filename, data, fallback.where,
                         _("a paragraph with this many images and links would take too long to read"));
      return g_steal_pointer (&family);

    case LADDER_MARKDOWN_COST_TOO_MUCH_MARKUP:
      warn_kept_as_text (diagnostics, filename, data, fallback.body,
                         _("the page holds too much markup to be read in bounded memory"));
      return g_steal_pointer (&family);

    case LADDER_MARKDOWN_COST_BOUNDED:
    default:
      break;
    }

  /* What the importer makes, the reader must read: a page whose fields
   * pass the bounds of the format keeps its body as text. The file is
   * written to count its values only for a family large enough to need
   * it. */
  bound = ladder_json_family_bound (family, &count_values);
  if (bound == NULL && count_values)
    {
      file = ladder_json_write (family);
      ladder_json_check_syntax (g_bytes_get_data (file, NULL), g_bytes_get_size (file), filename, NULL,
                                &bound, NULL);
    }

  if (bound == NULL)
    return g_steal_pointer (&family);

  g_clear_object (&family);
  family = import_page (data, length, BODY_AS_TEXT, &fallback, filename, NULL, error);
  if (family == NULL)
    return NULL;
  warn_kept_as_text (diagnostics, filename, data, fallback.body,
                     bound != NULL ? bound : _("the page is beyond the bounds of the file format"));
  return g_steal_pointer (&family);
}

/**
 * ladder_markdown_import:
 *
 * ladder_markdown_import_full() without the warnings.
 *
 * Returns: (transfer full) (nullable): the family, or %NULL with @error set
 */
LadderFamily *
ladder_markdown_import (const char  *data,
                        gsize        length,
                        const char  *filename,
                        GError     **error)
{
  return ladder_markdown_import_full (data, length, filename, NULL, error);
}
