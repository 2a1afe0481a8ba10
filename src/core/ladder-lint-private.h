/* ladder-lint-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ladder-lint.h"
#include "ladder-markdown-export.h"

G_BEGIN_DECLS

/*
 * The checks share one context: the family, the page it is written as
 * (with a map from each block of the page to the model), the page's words,
 * and the problems found. Rules are grouped by concern, one file each:
 * ladder-lint-guidelines.c (the job-description guidelines),
 * ladder-lint-markdown.c (the handbook's Markdown rules and hygiene) and
 * ladder-lint-language.c (inclusive language, and the word lists' other
 * uses). The word lists are data (data/lint/, ladder-lint-words.c),
 * matched against the page's words (ladder-lint-scan.c).
 */

/* ------------------------------------------------------------------ */
/* Word lists                                                           */

typedef enum
{
  LINT_LIST_MASCULINE_CODED,
  LINT_LIST_FEMININE_CODED,
  LINT_LIST_GENDERED_PRONOUNS,
  LINT_LIST_GENDERED_ADDRESS,
  LINT_LIST_MISUSED_TERMS,
  LINT_LIST_VACANCY_PHRASES,
  LINT_LIST_LOCATION_PHRASES,
  LINT_N_LISTS
} LintList;

const char *ladder_lint_list_name (LintList list);
gboolean    ladder_lint_list_from_name (const char *name, LintList *list);

/* One entry of a list: words to match (the last may end in "*": any word
 * that starts so), what to use instead, and why. */
typedef struct
{
  char  *match;
  char **use;
  char  *reason;
} LintTerm;

void ladder_lint_term_free (LintTerm *term);
/* Reads one entry of a list, as a data file or a configuration gives it:
 * a string, or an object with "match", "use" and "reason". */
LintTerm *ladder_lint_term_from_json (JsonNode *node, char **problem);

typedef struct _LintWords LintWords;

LintWords *ladder_lint_words_load (const char *data_dir, GError **error);
LintWords *ladder_lint_words_ref (LintWords *words);
void       ladder_lint_words_unref (LintWords *words);
/* A copy with a configuration's additions and removals. */
LintWords *ladder_lint_words_edit (LintWords *words, LadderLintConfig *config);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LintWords, ladder_lint_words_unref)

/* What the page's words are checked against as they are read: a bit for
 * the hash (FNV-1a) of every whole word of the lists and of every stem.
 * A word none of whose bits is set is in no list. */
typedef struct
{
  guint         min_stem;
  guint         max_stem;
  const guint8 *exact_bits;
  const guint8 *stem_bits;
  /* A bit for the first two letters of every stem: most words start as
   * no stem does, and are not hashed stem by stem. */
  const guint8 *stem_pairs;
} LintWordBits;

#define LINT_PAIR(a, b) (((guint) (guchar) (a) << 8) | (guchar) (b))

#define LINT_FNV_OFFSET 2166136261u
#define LINT_FNV_PRIME 16777619u
#define LINT_HAS_BIT(bits, hash) (((bits)[((hash) &0xffff) >> 3] & (1 << ((hash) &7))) != 0)

void ladder_lint_words_get_bits (LintWords *words, LintWordBits *bits);

/* ------------------------------------------------------------------ */
/* Configuration, as the checks read it                                 */

LadderLintSeverity ladder_lint_config_severity (LadderLintConfig  *config,
                                                const char        *rule,
                                                LadderLintSeverity fallback);
gboolean           ladder_lint_config_has_word_edits (LadderLintConfig *config);
/* The entries added to @list (LintTerm) and the words taken out. */
GPtrArray *ladder_lint_config_word_additions (LadderLintConfig *config, LintList list);
GPtrArray *ladder_lint_config_word_removals (LadderLintConfig *config, LintList list);

/* ------------------------------------------------------------------ */
/* The page's words                                                     */

typedef struct
{
  guint offset; /* in the page */
  guint length;
  guint text;  /* offset of the lowercased word in the context's arena */
  guint block; /* index in the map */
  /* Only spaces (or a line break, or a slash) since the word before, in
   * the same block: a phrase may go on across it. */
  guint8 joined;
  /* Whether the word may be in a list: its hash's bit is set, or the bit
   * of one of its beginnings as a stem. */
  guint8 candidate;
} LintToken;

/* A match outlives the words of its block (the page's words are read a
 * block at a time): it keeps where it is and the first word's text. */
typedef struct
{
  LintList        list;
  const LintTerm *term;
  guint           first; /* index of its first word among all the page's */
  guint           n_tokens;
  guint           block;
  guint           offset; /* in the page */
  guint           length;
  guint           word; /* offset of its first word, lowercased, in match_words */
} LintMatch;

/* ------------------------------------------------------------------ */
/* Where each part of a role stands in the page                        */

typedef struct
{
  int     first; /* first block of the role, or -1 */
  int     last;
  int     heading;
  int     reports_to;
  int     grade;
  int     part_heading[3]; /* grade, responsibilities, requirements */
  int     extends[2];      /* per LadderBulletList */
  GArray *bullets[2];      /* block index per bullet */
} LintRoleBlocks;

/* ------------------------------------------------------------------ */
/* The context                                                          */

typedef struct
{
  LadderFamily     *family;
  LadderLintConfig *config;
  const char       *path;
  LintWords        *words;

  const char *page;
  gsize       page_length;
  GArray     *map;         /* LadderPageBlock */
  GArray     *line_starts; /* gsize */

  GPtrArray      *roles;           /* LadderRole, borrowed from the family */
  GPtrArray      *sections;        /* LadderSection */
  LintRoleBlocks *role_blocks;     /* per role */
  int            *section_heading; /* block index per family section */
  int            *section_body;

  /* The words of the block being read, and their lowercased texts
   * (ladder-lint-scan.c): one block's at a time, not the page's. */
  GArray  *tokens; /* LintToken */
  guint    tokens_allocated;
  GString *arena;
  guint    tokens_before; /* the words of the blocks before */
  GArray  *matches;       /* LintMatch, in page order */
  GString *match_words;
  /* Whether the two years-of-experience rules run, looked up once. */
  gboolean years_entry;
  gboolean years_count;

  /* Per role, the role it is part of: itself, or for a part heading
   * Ladder read as a role of its own ("Nice-to-have Requirements"), the
   * role before it. Set by the guideline checks. */
  int *role_owner;

  GPtrArray *problems;

  /* The page read again, for the checks that see how it reads back
   * (ladder-lint-sections.c): made when one first needs it. */
  LadderFamily *read_again;
  gboolean      read_again_tried;

  /* What was last measured, so that many problems in one long line or
   * one long value cost one walk of it, not one walk each: the column of
   * a place in the page, and the length of a field's value (with a
   * reference-counted copy that the quick fixes made in it share). */
  gsize       position_line_start;
  gsize       position_offset;
  guint       position_column;
  gboolean    position_valid;
  const char *value;
  gsize       value_length;
  const char *value_copy_of;
  char       *value_copy; /* GRefString */
} LintContext;

/* Whether the rule runs at all in this context. */
gboolean ladder_lint_wants (LintContext *context, const char *rule);

/* Adds a problem at @offset (in the page) covering @length bytes, about
 * @role's @field (item @index). The message is translated already. */
LadderLintProblem *ladder_lint_report (LintContext    *context,
                                       const char     *rule,
                                       gsize           offset,
                                       gsize           length,
                                       int             role,
                                       LadderLintField field,
                                       int             index,
                                       const char     *format,
                                       ...) G_GNUC_PRINTF (8, 9);
/* Reports at block @block, with the model place the block stands for. */
LadderLintProblem *ladder_lint_report_at_block (LintContext *context,
                                                const char  *rule,
                                                guint        block,
                                                gsize        offset,
                                                gsize        length,
                                                const char  *format,
                                                ...) G_GNUC_PRINTF (6, 7);

/* The model place a block stands for. */
void                   ladder_lint_block_place (LintContext     *context,
                                                guint            block,
                                                int             *role,
                                                LadderLintField *field,
                                                int             *index);
const LadderPageBlock *ladder_lint_block (LintContext *context, guint block);
/* The byte offset in the field's value of a place in the page, for blocks
 * whose value is written into the page (bullets, section bodies, the
 * intro); -1 otherwise. */
gssize ladder_lint_field_offset (LintContext *context, guint block, gsize offset);
/* The value of the field the block stands for, where it has one. */
const char *ladder_lint_field_value (LintContext *context, guint block);
/* strlen (@value) of a field's value, measured once while it is the
 * value asked about. */
gsize ladder_lint_value_length (LintContext *context, const char *value);
/* The kind of the section a block belongs to, or -1. */
int            ladder_lint_block_section_kind (LintContext *context, guint block);
LadderSection *ladder_lint_block_section (LintContext *context, guint block);
/* The first block of a role, or of the page for -1, to point at when a
 * problem is about something missing. */
gsize ladder_lint_role_offset (LintContext *context, int role);

/* Quick fixes */
typedef enum
{
  LINT_FIX_NONE,
  /* Sets a string property of the field's object (a bullet's text, a
   * section's body or heading, the intro, a role's grade link) from
   * `old_value` to `new_value`. */
  LINT_FIX_SET_TEXT,
  LINT_FIX_APPEND_BULLET,
  LINT_FIX_REMOVE_BULLET,
} LintFixKind;

void ladder_lint_problem_set_fix (LadderLintProblem *problem,
                                  LintFixKind        kind,
                                  const char        *property,
                                  const char        *old_value,
                                  const char        *new_value,
                                  const char        *label);
/* A SET_TEXT fix that replaces bytes @start..@end of @old_value (a
 * GRefString, which the problem acquires: the problems of one value share
 * it) with @replacement. The new value is made only when the fix is. */
void               ladder_lint_problem_set_fix_splice (LadderLintProblem *problem,
                                                       const char        *property,
                                                       char              *old_value,
                                                       gsize              start,
                                                       gsize              end,
                                                       const char        *replacement,
                                                       const char        *label);
LadderLintProblem *ladder_lint_problem_new (const char        *rule_id,
                                            LadderLintSeverity severity,
                                            char              *message,
                                            int                role,
                                            LadderLintField    field,
                                            int                index,
                                            guint              line,
                                            guint              column,
                                            guint              length,
                                            gsize              page_offset);
void  ladder_lint_problem_set_field_range (LadderLintProblem *problem, int offset, int length);
gsize ladder_lint_problem_get_page_offset (LadderLintProblem *problem);

/* @new_value: (transfer full) */
void ladder_lint_problem_get_fix (LadderLintProblem *problem,
                                  LintFixKind       *kind,
                                  const char       **property,
                                  const char       **old_value,
                                  char             **new_value);
/* A fix that replaces bytes @offset..@offset+@length of the block's field
 * value with @replacement, where the block's value is in the page. */
void ladder_lint_fix_replace (LintContext       *context,
                              LadderLintProblem *problem,
                              guint              block,
                              gsize              page_offset,
                              gsize              length,
                              const char        *replacement,
                              const char        *label);

/* Words: the length of the word that starts at @p (0 when none does), and
 * the word as lists hold it (lowercase, ’ as '). */
gsize ladder_lint_word_length (const char *p, const char *end);
void  ladder_lint_append_folded (GString *out, const char *word, gsize length);
/* The years of experience a block's words ask for (its words are the
 * context's tokens). */
void ladder_lint_check_years (LintContext *context, guint block);
/* The matches of the lists' entries that start at token @first. */
void ladder_lint_words_match (LintWords *words, LintContext *context, guint first, guint n_tokens);

/* JSON with the position of each value, for messages that point into
 * the file. */
JsonNode *ladder_lint_json_parse (const char  *data,
                                  gsize        length,
                                  const char  *path,
                                  GHashTable **positions,
                                  GError     **error);
void      ladder_lint_json_error (GError    **error,
                                  const char *path,
                                  GHashTable *positions,
                                  JsonNode   *node,
                                  const char *format,
                                  ...) G_GNUC_PRINTF (5, 6);

/* Lines of Markdown, telling those in fenced code apart. */
typedef struct
{
  const char *text;
  gsize       length;
  gsize       position;
  char        fence;
  gsize       fence_length;
} LintLines;

void ladder_lint_lines_init (LintLines *lines, const char *text, gsize length);
/* The next line (without its newline); @code when it is in fenced code
 * or is a fence. FALSE at the end. */
gboolean
ladder_lint_lines_next (LintLines *lines, const char **line, gsize *length, gboolean *code);

/* A link's destination in a line: `[text](destination)`, `<https://…>`,
 * or a bare URL; positions relative to the line. */
typedef struct
{
  gsize start;
  gsize length;
  /* The `[` that opens the link, for `[text](destination)`; else start. */
  gsize    link_start;
  gboolean inline_link;
} LintLink;

/* The links of a line outside code spans, added to @links. */
void ladder_lint_find_links (const char *line, gsize length, GArray *links);

/* Text helpers */
/* g_ascii_tolower() is a function call; this runs over every byte. */
#define LINT_ASCII_LOWER(c) ((c) >= 'A' && (c) <= 'Z' ? (char) ((c) + ('a' - 'A')) : (c))

gboolean ladder_lint_is_heading_line (const char *line, gsize length, gsize *text_start);
char    *ladder_lint_casefold_trim (const char *text, gssize length);
/* Whether @text holds @needle (lowercase, ASCII), whatever the case. */
gboolean ladder_lint_contains_folded (const char *text, gsize length, const char *needle);

/* ------------------------------------------------------------------ */
/* The family's levels (ladder-lint-levels.c)                          */

/* Not every role Ladder reads is a level. Specialties and segments add to
 * the levels; a page may open with a description of the whole family (its
 * own Responsibilities and Requirements, the grades given per level below);
 * and a part heading named after no role ("Nice-to-have Requirements"
 * after a role's Requirements) reads as a role of its own, which is the
 * end of the role before it. */
typedef enum
{
  LINT_ROLE_LEVEL,
  LINT_ROLE_SPECIALTY,
  LINT_ROLE_FAMILY,
  LINT_ROLE_CONTINUATION,
} LintRoleKind;

typedef struct
{
  LintContext *context;
  GPtrArray   *titles; /* each role's title as words (GPtrArray) */
  /* The same words joined by spaces → the first role with them, + 1. */
  GHashTable   *title_index;
  LintRoleKind *kinds;
} LintGuide;

void ladder_lint_guide_init (LintGuide *guide, LintContext *context);
void ladder_lint_guide_clear (LintGuide *guide);
/* The level a name stands for ("Sr Analyst", "the Analyst (Intermediate)",
 * either of "Manager or Director"): loosely, or word for word with @exact.
 * -1 for none, -2 for a name without words. */
int ladder_lint_find_level (LintGuide *guide, const char *name, int except, gboolean exact);
/* The title without its seniority words: "Senior Analyst" → "analyst". */
char       *ladder_lint_track_of (LintGuide *guide, guint role);
gsize       ladder_lint_role_place (LintContext *context, guint role);
const char *ladder_lint_first_bullet_text (LadderRole *role, LadderBulletList list);
/* "Extends that of the X responsibilities" → "X". */
char    *ladder_lint_extends_target (const char *text);
gboolean ladder_lint_starts_with_extends (const char *text);
gboolean ladder_lint_list_extends (LintContext *context, guint role, LadderBulletList list);
gboolean ladder_lint_adds_to_level_below (LintContext *context, guint role, LadderBulletList list);
const LadderPageBlock     *
ladder_lint_extends_sentence (LintContext *context, guint role, LadderBulletList list);
int ladder_lint_requirements_parent (LintGuide *guide, guint role);

void ladder_lint_check_grades (LintGuide *guide);

/* The rule groups */
void ladder_lint_scan_words (LintContext *context);
void ladder_lint_check_guidelines (LintContext *context);
void ladder_lint_check_sections (LintContext *context);
void ladder_lint_check_markdown (LintContext *context);
void ladder_lint_check_language (LintContext *context);

G_END_DECLS
