/* ladder-lint.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-lint-private.h"
#include "ladder-role-text.h"

#include <string.h>

/*
 * The engine: the context the rules run in. A family is checked as the
 * page it is written as: the exporter says which block of the page stands
 * for which part of the model, so each problem has both a place in the model (for the
 * editor) and a line and column in the page (for the command line and CI).
 * An imported page is written back byte for byte, so those are the places
 * of the page that was read; for a Ladder file they are the places of the
 * page `ladder-cli export` writes from it.
 */

/* ------------------------------------------------------------------ */
/* Places                                                               */

const LadderPageBlock *
ladder_lint_block (LintContext *context, guint block)
{
  return &g_array_index (context->map, LadderPageBlock, block);
}

void
ladder_lint_block_place (LintContext     *context,
                         guint            block_index,
                         int             *role,
                         LadderLintField *field,
                         int             *index)
{
  const LadderPageBlock *block = ladder_lint_block (context, block_index);

  *role = block->role;
  *index = -1;

  switch (block->kind)
    {
    case LADDER_PAGE_BLOCK_FRONT_MATTER:
      *field = LADDER_LINT_FIELD_FRONT_MATTER;
      break;
    case LADDER_PAGE_BLOCK_INTRO:
      *field = LADDER_LINT_FIELD_INTRO;
      break;
    case LADDER_PAGE_BLOCK_SECTION_HEADING:
    case LADDER_PAGE_BLOCK_SECTION_BODY:
      *field = LADDER_LINT_FIELD_SECTION;
      *index = block->section;
      break;
    case LADDER_PAGE_BLOCK_ROLE_HEADING:
      *field = LADDER_LINT_FIELD_TITLE;
      break;
    case LADDER_PAGE_BLOCK_REPORTS_TO:
      *field = LADDER_LINT_FIELD_REPORTS_TO;
      break;
    case LADDER_PAGE_BLOCK_GRADE:
      *field = LADDER_LINT_FIELD_GRADE;
      break;
    case LADDER_PAGE_BLOCK_PART_HEADING:
      if (block->slot == LADDER_SLOT_GRADE_HEADING)
        *field = LADDER_LINT_FIELD_GRADE;
      else if (block->slot == LADDER_SLOT_REQUIREMENTS_HEADING)
        *field = LADDER_LINT_FIELD_REQUIREMENTS;
      else
        *field = LADDER_LINT_FIELD_RESPONSIBILITIES;
      break;
    case LADDER_PAGE_BLOCK_EXTENDS:
      *field = LADDER_LINT_FIELD_EXTENDS;
      break;
    case LADDER_PAGE_BLOCK_BULLET:
      *field = block->list == LADDER_BULLET_LIST_REQUIREMENTS ? LADDER_LINT_FIELD_REQUIREMENTS
                                                              : LADDER_LINT_FIELD_RESPONSIBILITIES;
      *index = block->bullet;
      break;
    case LADDER_PAGE_BLOCK_ROLE_TEXT:
      *field = block->role >= 0 ? LADDER_LINT_FIELD_ROLE_TEXT : LADDER_LINT_FIELD_PAGE;
      /* Which of the role's texts; text between bullets is none. */
      if (block->role >= 0 && block->slot == LADDER_SLOT_TEXT)
        *index = block->section;
      break;
    default:
      *field = block->role >= 0 ? LADDER_LINT_FIELD_ROLE_TEXT : LADDER_LINT_FIELD_PAGE;
      break;
    }
}

LadderSection *
ladder_lint_block_section (LintContext *context, guint block_index)
{
  const LadderPageBlock *block = ladder_lint_block (context, block_index);
  GListModel            *sections;

  if (block->kind != LADDER_PAGE_BLOCK_SECTION_HEADING
      && block->kind != LADDER_PAGE_BLOCK_SECTION_BODY)
    return NULL;

  if (block->role >= 0)
    {
      sections = ladder_role_get_subsections (g_ptr_array_index (context->roles, block->role));
      if ((guint) block->section >= g_list_model_get_n_items (sections))
        return NULL;
      /* The role holds its subsections; the reference given back is
       * dropped at once, as the list keeps the section. */
      {
        g_autoptr (LadderSection) section = g_list_model_get_item (sections, block->section);

        return section;
      }
    }

  if ((guint) block->section >= context->sections->len)
    return NULL;

  return g_ptr_array_index (context->sections, block->section);
}

int
ladder_lint_block_section_kind (LintContext *context, guint block)
{
  LadderSection *section = ladder_lint_block_section (context, block);

  return section != NULL ? (int) ladder_section_get_kind (section) : -1;
}

static const char *
block_bullet_text (LintContext *context, guint block_index)
{
  const LadderPageBlock *block = ladder_lint_block (context, block_index);
  LadderRole            *role;

  if (block->kind != LADDER_PAGE_BLOCK_BULLET || block->role < 0)
    return NULL;

  role = g_ptr_array_index (context->roles, block->role);
  if ((guint) block->bullet >= ladder_role_get_n_bullets (role, block->list))
    return NULL;

  return ladder_role_get_bullet_text (role, block->list, (guint) block->bullet);
}

const char *
ladder_lint_field_value (LintContext *context, guint block_index)
{
  const LadderPageBlock *block = ladder_lint_block (context, block_index);

  switch (block->kind)
    {
    case LADDER_PAGE_BLOCK_INTRO:
      return ladder_family_get_intro (context->family);
    case LADDER_PAGE_BLOCK_SECTION_BODY:
      {
        LadderSection *section = ladder_lint_block_section (context, block_index);

        return section != NULL ? ladder_section_get_body (section) : NULL;
      }
    case LADDER_PAGE_BLOCK_BULLET:
      return block_bullet_text (context, block_index);
    case LADDER_PAGE_BLOCK_ROLE_TEXT:
      if (block->role < 0 || block->slot != LADDER_SLOT_TEXT || block->section < 0)
        return NULL;
      return ladder_role_peek_text (g_ptr_array_index (context->roles, block->role),
                                    (guint) block->section);
    default:
      return NULL;
    }
}

/* A bullet's text holds its lines without the marker and the indentation
 * of the page: each line of the text ends each line of the bullet's
 * Markdown. Sections and the intro are written as they are. */
gssize
ladder_lint_field_offset (LintContext *context, guint block_index, gsize offset)
{
  const LadderPageBlock *block = ladder_lint_block (context, block_index);
  const char            *value = ladder_lint_field_value (context, block_index);
  const char            *source = context->page + block->offset;
  gsize                  in_block;
  gsize                  source_line = 0;
  const char            *text_line = value;

  if (value == NULL || offset < block->offset || offset > block->offset + block->length)
    return -1;

  in_block = offset - block->offset;

  if (block->kind != LADDER_PAGE_BLOCK_BULLET)
    return in_block <= ladder_lint_value_length (context, value) ? (gssize) in_block : -1;

  /* Walk both line by line up to the line that holds @offset. */
  for (;;)
    {
      const char *source_end = memchr (source + source_line, '\n', block->length - source_line);
      gsize       source_length = source_end != NULL ? (gsize) (source_end - source) - source_line
                                                     : block->length - source_line;
      const char *text_end = strchr (text_line, '\n');
      gsize text_length = text_end != NULL ? (gsize) (text_end - text_line) : strlen (text_line);

      if (text_length > source_length)
        return -1;

      if (in_block <= source_line + source_length)
        {
          gsize prefix = source_length - text_length;
          gsize column = in_block - source_line;

          if (column < prefix)
            return -1;

          return (gssize) ((gsize) (text_line - value) + column - prefix);
        }

      if (source_end == NULL || text_end == NULL)
        return -1;

      source_line += source_length + 1;
      text_line = text_end + 1;
    }
}

gsize
ladder_lint_value_length (LintContext *context, const char *value)
{
  if (value != context->value)
    {
      context->value = value;
      context->value_length = strlen (value);
    }

  return context->value_length;
}

gsize
ladder_lint_role_offset (LintContext *context, int role)
{
  if (role >= 0 && (guint) role < context->roles->len && context->role_blocks[role].first >= 0)
    return ladder_lint_block (context, (guint) context->role_blocks[role].first)->offset;

  return 0;
}

static void
page_position (LintContext *context, gsize offset, guint *line, guint *column)
{
  GArray *starts = context->line_starts;
  guint   low = 0, high = starts->len;
  gsize   start;

  offset = MIN (offset, context->page_length);

  /* The last line that starts at or before @offset. */
  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (starts, gsize, middle) <= offset)
        low = middle;
      else
        high = middle;
    }

  start = starts->len > 0 ? g_array_index (starts, gsize, low) : 0;
  *line = low + 1;

  /* A rule reports the places of a line in order: count on from the last
   * place, not from the line's start each time. */
  if (context->position_valid && context->position_line_start == start
      && context->position_offset <= offset)
    *column = context->position_column
              + (guint) g_utf8_strlen (context->page + context->position_offset,
                                       (gssize) (offset - context->position_offset));
  else
    *column = (guint) g_utf8_strlen (context->page + start, (gssize) (offset - start)) + 1;

  context->position_valid = TRUE;
  context->position_line_start = start;
  context->position_offset = offset;
  context->position_column = *column;
}

gboolean
ladder_lint_wants (LintContext *context, const char *rule)
{
  const LadderLintRule *found = ladder_lint_find_rule (rule);

  g_assert (found != NULL);

  if (context->config == NULL)
    return TRUE;

  return ladder_lint_config_severity (context->config, rule, found->severity) != LADDER_LINT_OFF
         && !ladder_lint_config_is_exempt (context->config, rule, context->path);
}

static LadderLintProblem *
report_valist (LintContext    *context,
               const char     *rule,
               gsize           offset,
               gsize           length,
               int             role,
               LadderLintField field,
               int             index,
               const char     *format,
               va_list         args)
{
  const LadderLintRule *found = ladder_lint_find_rule (rule);
  LadderLintProblem    *problem;
  LadderLintSeverity    severity;
  guint                 line, column, end_line, end_column;
  guint                 covered = 0;

  g_assert (found != NULL);

  severity = context->config != NULL
                 ? ladder_lint_config_severity (context->config, rule, found->severity)
                 : found->severity;
  if (severity == LADDER_LINT_OFF
      || (context->config != NULL
          && ladder_lint_config_is_exempt (context->config, rule, context->path)))
    return NULL;

  page_position (context, offset, &line, &column);
  if (length > 0)
    {
      page_position (context, MIN (offset + length, context->page_length), &end_line, &end_column);
      if (end_line == line)
        covered = end_column - column;
    }

  problem
      = ladder_lint_problem_new (found->id, severity, g_strdup_vprintf (format, args), role, field,
                                 index, line, column, covered, MIN (offset, context->page_length));
  g_ptr_array_add (context->problems, problem);
  return problem;
}

LadderLintProblem *
ladder_lint_report (LintContext    *context,
                    const char     *rule,
                    gsize           offset,
                    gsize           length,
                    int             role,
                    LadderLintField field,
                    int             index,
                    const char     *format,
                    ...)
{
  LadderLintProblem *problem;
  va_list            args;

  va_start (args, format);
  problem = report_valist (context, rule, offset, length, role, field, index, format, args);
  va_end (args);

  return problem;
}

LadderLintProblem *
ladder_lint_report_at_block (LintContext *context,
                             const char  *rule,
                             guint        block,
                             gsize        offset,
                             gsize        length,
                             const char  *format,
                             ...)
{
  LadderLintProblem *problem;
  LadderLintField    field;
  int                role, index;
  va_list            args;

  ladder_lint_block_place (context, block, &role, &field, &index);

  va_start (args, format);
  problem = report_valist (context, rule, offset, length, role, field, index, format, args);
  va_end (args);

  if (problem != NULL)
    {
      gssize start = ladder_lint_field_offset (context, block, offset);
      gssize end = ladder_lint_field_offset (context, block, offset + length);

      if (start >= 0 && end >= start)
        ladder_lint_problem_set_field_range (problem, (int) start, (int) (end - start));
    }

  return problem;
}

/* ------------------------------------------------------------------ */
/* The context                                                          */

static void
index_blocks (LintContext *context)
{
  guint n_roles = context->roles->len;
  guint n_sections = context->sections->len;

  context->role_blocks = g_new0 (LintRoleBlocks, MAX (n_roles, 1));
  for (guint r = 0; r < n_roles; r++)
    {
      LintRoleBlocks *blocks = &context->role_blocks[r];

      blocks->first = blocks->last = blocks->heading = blocks->reports_to = blocks->grade = -1;
      for (guint k = 0; k < 3; k++)
        blocks->part_heading[k] = -1;
      for (guint k = 0; k < 2; k++)
        {
          blocks->extends[k] = -1;
          blocks->bullets[k] = g_array_new (FALSE, FALSE, sizeof (int));
        }
    }

  context->section_heading = g_new (int, MAX (n_sections, 1));
  context->section_body = g_new (int, MAX (n_sections, 1));
  for (guint s = 0; s < n_sections; s++)
    context->section_heading[s] = context->section_body[s] = -1;

  for (guint i = 0; i < context->map->len; i++)
    {
      const LadderPageBlock *block = ladder_lint_block (context, i);
      LintRoleBlocks        *blocks;

      if (block->role < 0 || (guint) block->role >= n_roles)
        {
          if (block->kind == LADDER_PAGE_BLOCK_SECTION_HEADING
              && (guint) block->section < n_sections)
            context->section_heading[block->section] = (int) i;
          else if (block->kind == LADDER_PAGE_BLOCK_SECTION_BODY
                   && (guint) block->section < n_sections)
            context->section_body[block->section] = (int) i;
          continue;
        }

      blocks = &context->role_blocks[block->role];
      if (blocks->first < 0)
        blocks->first = (int) i;
      blocks->last = (int) i;

      switch (block->kind)
        {
        case LADDER_PAGE_BLOCK_ROLE_HEADING:
          blocks->heading = (int) i;
          break;
        case LADDER_PAGE_BLOCK_REPORTS_TO:
          blocks->reports_to = (int) i;
          break;
        case LADDER_PAGE_BLOCK_GRADE:
          blocks->grade = (int) i;
          break;
        case LADDER_PAGE_BLOCK_PART_HEADING:
          if (block->slot == LADDER_SLOT_GRADE_HEADING)
            blocks->part_heading[0] = (int) i;
          else if (block->slot == LADDER_SLOT_RESPONSIBILITIES_HEADING)
            blocks->part_heading[1] = (int) i;
          else
            blocks->part_heading[2] = (int) i;
          break;
        case LADDER_PAGE_BLOCK_EXTENDS:
          blocks->extends[block->list] = (int) i;
          break;
        case LADDER_PAGE_BLOCK_BULLET:
          {
            int index_ = (int) i;

            g_array_append_val (blocks->bullets[block->list], index_);
          }
          break;
        default:
          break;
        }
    }
}

static void
context_clear (LintContext *context)
{
  for (guint r = 0; r < (context->roles != NULL ? context->roles->len : 0); r++)
    for (guint k = 0; k < 2; k++)
      g_clear_pointer (&context->role_blocks[r].bullets[k], g_array_unref);

  g_clear_pointer (&context->role_blocks, g_free);
  g_clear_pointer (&context->section_heading, g_free);
  g_clear_pointer (&context->section_body, g_free);
  g_clear_pointer (&context->role_owner, g_free);
  g_clear_object (&context->read_again);
  g_clear_pointer (&context->roles, g_ptr_array_unref);
  g_clear_pointer (&context->sections, g_ptr_array_unref);
  g_clear_pointer (&context->map, g_array_unref);
  g_clear_pointer (&context->line_starts, g_array_unref);
  g_clear_pointer (&context->tokens, g_array_unref);
  g_clear_pointer (&context->matches, g_array_unref);
  if (context->match_words != NULL)
    g_string_free (g_steal_pointer (&context->match_words), TRUE);
  g_clear_pointer (&context->value_copy, g_ref_string_release);
  if (context->arena != NULL)
    g_string_free (g_steal_pointer (&context->arena), TRUE);
}

static GPtrArray *
list_items (GListModel *model)
{
  guint      n_items = g_list_model_get_n_items (model);
  GPtrArray *items = g_ptr_array_new_full (n_items, g_object_unref);

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

static int
compare_problems (gconstpointer a, gconstpointer b)
{
  LadderLintProblem *first = *(LadderLintProblem *const *) a;
  LadderLintProblem *second = *(LadderLintProblem *const *) b;
  gsize              first_offset = ladder_lint_problem_get_page_offset (first);
  gsize              second_offset = ladder_lint_problem_get_page_offset (second);

  if (first_offset != second_offset)
    return first_offset < second_offset ? -1 : 1;

  return strcmp (ladder_lint_problem_get_rule_id (first), ladder_lint_problem_get_rule_id (second));
}

/* ------------------------------------------------------------------ */
/* The linter                                                           */

struct _LadderLinter
{
  GObject    parent_instance;
  LintWords *words;
};

G_DEFINE_FINAL_TYPE (LadderLinter, ladder_linter, G_TYPE_OBJECT)

static void
ladder_linter_finalize (GObject *object)
{
  LadderLinter *self = (LadderLinter *) object;

  g_clear_pointer (&self->words, ladder_lint_words_unref);

  G_OBJECT_CLASS (ladder_linter_parent_class)->finalize (object);
}

static void
ladder_linter_class_init (LadderLinterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ladder_linter_finalize;
}

static void
ladder_linter_init (LadderLinter *self)
{
}

/**
 * ladder_linter_new:
 * @data_dir: (nullable): the folder of the word lists
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a linter, or %NULL when the word
 *   lists cannot be read
 */
LadderLinter *
ladder_linter_new (const char *data_dir, GError **error)
{
  g_autofree char *found = NULL;
  g_autoptr (LadderLinter) self = NULL;

  if (data_dir == NULL)
    data_dir = found = ladder_lint_data_dir ();

  self = g_object_new (LADDER_TYPE_LINTER, NULL);
  self->words = ladder_lint_words_load (data_dir, error);
  if (self->words == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * ladder_linter_check:
 * @self: a linter
 * @family: the family to check
 * @config: (nullable): the project's settings
 * @path: (nullable): the file's path, for the settings' exemptions
 *
 * Returns: (transfer container) (element-type LadderLintProblem): the
 *   problems, in page order
 */
GPtrArray *
ladder_linter_check (LadderLinter     *self,
                     LadderFamily     *family,
                     LadderLintConfig *config,
                     const char       *path)
{
  LintContext context = { 0 };
  g_autoptr (GString) page = NULL;
  g_autoptr (LintWords) words = NULL;
  GPtrArray *problems;

  g_return_val_if_fail (LADDER_IS_LINTER (self), NULL);
  g_return_val_if_fail (LADDER_IS_FAMILY (family), NULL);

  if (config != NULL && ladder_lint_config_has_word_edits (config))
    words = ladder_lint_words_edit (self->words, config);
  else
    words = ladder_lint_words_ref (self->words);

  problems = g_ptr_array_new_with_free_func (g_object_unref);

  context.family = family;
  context.config = config;
  context.path = path;
  context.words = words;
  context.problems = problems;
  context.map = g_array_new (FALSE, FALSE, sizeof (LadderPageBlock));
  page = ladder_markdown_export_mapped (family, LADDER_EXPORT_DEFAULT, context.map);
  context.page = page->str;
  context.page_length = page->len;

  context.line_starts = g_array_sized_new (FALSE, FALSE, sizeof (gsize), page->len / 40 + 1);
  {
    gsize start = 0;

    g_array_append_val (context.line_starts, start);
    for (const char *p = memchr (page->str, '\n', page->len); p != NULL;
         p = memchr (p + 1, '\n', page->len - (gsize) (p + 1 - page->str)))
      {
        start = (gsize) (p + 1 - page->str);
        if (start < page->len)
          g_array_append_val (context.line_starts, start);
      }
  }

  context.roles = list_items (ladder_family_get_roles (family));
  context.sections = list_items (ladder_family_get_sections (family));
  index_blocks (&context);

  ladder_lint_scan_words (&context);
  ladder_lint_check_guidelines (&context);
  ladder_lint_check_sections (&context);
  ladder_lint_check_markdown (&context);
  ladder_lint_check_language (&context);

  g_ptr_array_sort (problems, compare_problems);
  context_clear (&context);

  return problems;
}

/* ------------------------------------------------------------------ */
/* Where the word lists are                                             */

/* Whether this program runs from the build tree it was built in. */
static gboolean
running_uninstalled (void)
{
#ifdef LADDER_BUILD_ROOT
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  return self != NULL && g_str_has_prefix (self, LADDER_BUILD_ROOT G_DIR_SEPARATOR_S);
#else
  return FALSE;
#endif
}

/**
 * ladder_lint_data_dir:
 *
 * Returns: (transfer full): the folder of the word lists
 */
char *
ladder_lint_data_dir (void)
{
  const char *from_environment = g_getenv ("LADDER_LINT_DATA_DIR");

  if (from_environment != NULL && *from_environment != '\0')
    return g_strdup (from_environment);

#ifdef LADDER_SOURCE_LINT_DIR
  if (running_uninstalled () && g_file_test (LADDER_SOURCE_LINT_DIR, G_FILE_TEST_IS_DIR))
    return g_strdup (LADDER_SOURCE_LINT_DIR);
#endif

#ifdef LADDER_LINT_DATADIR
  if (g_file_test (LADDER_LINT_DATADIR, G_FILE_TEST_IS_DIR))
    return g_strdup (LADDER_LINT_DATADIR);
#endif

#ifdef LADDER_SOURCE_LINT_DIR
  return g_strdup (LADDER_SOURCE_LINT_DIR);
#else
  return g_strdup ("data/lint");
#endif
}
