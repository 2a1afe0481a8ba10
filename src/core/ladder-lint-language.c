/* ladder-lint-language.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-lint-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/*
 * The language checks, on the matches of the word lists against the words
 * of the page (ladder-lint-scan.c, ladder-lint-words.c): gendered pronouns
 * and forms of address, misused terms, vacancy-ad and location phrases,
 * and the balance of masculine- and feminine-coded words in each role.
 */

static void
match_range (LintContext *context, const LintMatch *match, gsize *offset, gsize *length)
{
  *offset = match->offset;
  *length = match->length;
}

static char *
match_text (LintContext *context, const LintMatch *match)
{
  gsize offset, length;

  match_range (context, match, &offset, &length);
  return g_strndup (context->page + offset, length);
}

/* The suggestion with the matched text's capital, if it had one. */
static char *
suggestion_for (const char *matched, const char *use)
{
  g_autofree char *copy = g_strdup (use);

  if (g_unichar_isupper (g_utf8_get_char (matched)) && g_ascii_islower (copy[0]))
    copy[0] = g_ascii_toupper (copy[0]);

  return g_steal_pointer (&copy);
}

static char *
join_suggestions (char **use)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; use != NULL && use[i] != NULL && i < 3; i++)
    {
      if (i > 0)
        /* TRANSLATORS: between suggested words: “they”, “them” */
        g_string_append (out, _ (", "));
      g_string_append_printf (out, "“%s”", use[i]);
    }

  return g_string_free (out, FALSE);
}

static gboolean
in_hiring_process (LintContext *context, guint block)
{
  return ladder_lint_block_section_kind (context, block) == LADDER_SECTION_HIRING_PROCESS;
}

static gboolean
is_requirement (LintContext *context, guint block)
{
  const LadderPageBlock *where = ladder_lint_block (context, block);

  return where->kind == LADDER_PAGE_BLOCK_BULLET && where->list == LADDER_BULLET_LIST_REQUIREMENTS;
}

static gboolean
is_obligation (const char *phrase)
{
  static const char *openers[]
      = { "must ", "should ", "preferably ", "willing ", "able ", "ability " };

  for (guint i = 0; i < G_N_ELEMENTS (openers); i++)
    if (g_ascii_strncasecmp (phrase, openers[i], strlen (openers[i])) == 0)
      return TRUE;

  return FALSE;
}

static void
check_match (LintContext *context, const LintMatch *match)
{
  g_autofree char   *matched = match_text (context, match);
  g_autofree char   *suggestions = join_suggestions (match->term->use);
  gboolean           has_use = match->term->use != NULL && match->term->use[0] != NULL;
  LadderLintProblem *problem = NULL;
  gsize              offset, length;

  match_range (context, match, &offset, &length);

  switch (match->list)
    {
    case LINT_LIST_GENDERED_PRONOUNS:
      if (has_use)
        ladder_lint_report_at_block (context, "gendered-pronoun", match->block, offset, length,
                                     /* TRANSLATORS: %s is a pronoun from the page, then
                                      * suggestions in quotes */
                                     _ ("“%s” assumes a gender: use %s, or address the role"),
                                     matched, suggestions);
      else
        ladder_lint_report_at_block (context, "gendered-pronoun", match->block, offset, length,
                                     _ ("“%s” assumes a gender: use “they”, or address the role"),
                                     matched);
      break;

    case LINT_LIST_GENDERED_ADDRESS:
      ladder_lint_report_at_block (
          context, "gendered-address", match->block, offset, length,
          /* TRANSLATORS: %s is a word from the page, then suggestions in quotes */
          _ ("“%s” addresses people by gender: use %s"), matched,
          has_use ? suggestions : "“everyone”");
      break;

    case LINT_LIST_MISUSED_TERMS:
      if (!has_use)
        {
          problem = ladder_lint_report_at_block (
              context, "misused-term", match->block, offset, length,
              /* TRANSLATORS: %s is a term from the page, then why */
              _ ("Avoid “%s”: %s"), matched,
              match->term->reason != NULL ? match->term->reason : "");
          break;
        }
      if (match->term->reason != NULL)
        problem = ladder_lint_report_at_block (
            context, "misused-term", match->block, offset, length,
            /* TRANSLATORS: suggestions, then the term from the page, then why */
            _ ("Use %s instead of “%s”: %s"), suggestions, matched, match->term->reason);
      else
        problem
            = ladder_lint_report_at_block (context, "misused-term", match->block, offset, length,
                                           _ ("Use %s instead of “%s”"), suggestions, matched);

      /* A stem stands for many words; only a whole term is replaced. */
      if (problem != NULL && !g_str_has_suffix (match->term->match, "*"))
        {
          g_autofree char *replacement = suggestion_for (matched, match->term->use[0]);
          /* TRANSLATORS: a quick fix; %s is the word put in */
          g_autofree char *label = g_strdup_printf (_ ("Replace with “%s”"), replacement);

          ladder_lint_fix_replace (context, problem, match->block, offset, length, replacement,
                                   label);
        }
      break;

    case LINT_LIST_VACANCY_PHRASES:
      /* The hiring process speaks to applicants, as the template does. */
      if (!in_hiring_process (context, match->block))
        ladder_lint_report_at_block (
            context, "vacancy-ad", match->block, offset, length,
            /* TRANSLATORS: %s is a phrase from the page */
            _ ("“%s” reads as a vacancy ad: describe the role (“Leads…”), not the applicant"),
            matched);
      break;

    case LINT_LIST_LOCATION_PHRASES:
      /* In requirements, where a person lives is a requirement; elsewhere
       * ("teams residing in 40 countries") only when the phrase says it
       * must be so. */
      if (!in_hiring_process (context, match->block)
          && (is_requirement (context, match->block) || is_obligation (match->term->match)))
        ladder_lint_report_at_block (
            context, "location-requirement", match->block, offset, length,
            /* TRANSLATORS: %s is a phrase from the page */
            _ ("“%s” sets a location requirement: GitLab is all-remote, leave it out"), matched);
      break;

    case LINT_LIST_MASCULINE_CODED:
    case LINT_LIST_FEMININE_CODED:
    case LINT_N_LISTS:
    default:
      break;
    }
}

/* Where a role's own words are: its bullets, its text and subsections;
 * not headings and not the sentences Ladder writes. */
static gboolean
is_role_prose (const LadderPageBlock *block)
{
  return block->role >= 0
         && (block->kind == LADDER_PAGE_BLOCK_BULLET || block->kind == LADDER_PAGE_BLOCK_ROLE_TEXT
             || block->kind == LADDER_PAGE_BLOCK_SECTION_BODY);
}

/* Whether a coded word is the job's own subject ("analytics" for an
 * analytics engineer, "lead" for a team lead): a word of the role's or
 * the family's title that starts as the word does. */
static gboolean
names_the_job (LintContext *context, int role, const LintTerm *term)
{
  const char *titles[] = {
    ladder_role_get_title (g_ptr_array_index (context->roles, role)),
    ladder_family_get_title (context->family),
  };
  g_autofree char *stem = g_ascii_strdown (term->match, -1);
  gsize            stem_length = strlen (stem);

  if (stem_length > 0 && stem[stem_length - 1] == '*')
    stem[--stem_length] = '\0';

  for (guint t = 0; t < G_N_ELEMENTS (titles); t++)
    {
      const char *end = titles[t] + strlen (titles[t]);

      for (const char *p = titles[t]; p < end;)
        {
          gsize length = ladder_lint_word_length (p, end);

          if (length == 0)
            {
              p = g_utf8_next_char (p);
              continue;
            }
          if (length >= stem_length && g_ascii_strncasecmp (p, stem, stem_length) == 0)
            return TRUE;
          p += length;
        }
    }

  return FALSE;
}

static void
check_coded_words (LintContext *context)
{
  guint             n_roles = context->roles->len;
  g_autofree guint *masculine = g_new0 (guint, MAX (n_roles, 1));
  g_autofree guint *feminine = g_new0 (guint, MAX (n_roles, 1));
  g_autoptr (GPtrArray) words = g_ptr_array_new_full (n_roles, (GDestroyNotify) g_ptr_array_unref);

  if (!ladder_lint_wants (context, "gender-coded"))
    return;

  for (guint r = 0; r < n_roles; r++)
    g_ptr_array_add (words, g_ptr_array_new ());

  for (guint i = 0; i < context->matches->len; i++)
    {
      const LintMatch       *match = &g_array_index (context->matches, LintMatch, i);
      const LadderPageBlock *block = ladder_lint_block (context, match->block);
      int                    owner;

      if ((match->list != LINT_LIST_MASCULINE_CODED && match->list != LINT_LIST_FEMININE_CODED)
          || !is_role_prose (block) || (guint) block->role >= n_roles
          || names_the_job (context, block->role, match->term))
        continue;

      /* A part Ladder read as a role of its own counts with its role. */
      owner = context->role_owner != NULL ? context->role_owner[block->role] : block->role;
      if (match->list == LINT_LIST_MASCULINE_CODED)
        {
          masculine[owner]++;
          g_ptr_array_add (g_ptr_array_index (words, owner),
                           context->match_words->str + match->word);
        }
      else
        {
          feminine[owner]++;
        }
    }

  for (guint r = 0; r < n_roles; r++)
    {
      GPtrArray *found = g_ptr_array_index (words, r);
      g_autoptr (GHashTable) seen = NULL;
      g_autoptr (GString) named = NULL;
      LintRoleBlocks *blocks = &context->role_blocks[r];
      int             at = blocks->heading >= 0 ? blocks->heading : blocks->first;
      guint           n_named = 0;

      if (masculine[r] <= feminine[r] || at < 0)
        continue;

      /* Each word once, in page order, a handful of them. */
      seen = g_hash_table_new (g_str_hash, g_str_equal);
      named = g_string_new (NULL);
      for (guint i = 0; i < found->len; i++)
        {
          const char *word = g_ptr_array_index (found, i);

          if (!g_hash_table_add (seen, (gpointer) word))
            continue;
          if (n_named == 8)
            {
              g_string_append (named, _ (", …"));
              break;
            }
          if (n_named > 0)
            g_string_append (named, _ (", "));
          g_string_append (named, word);
          n_named++;
        }

      {
        const LadderPageBlock *block = ladder_lint_block (context, (guint) at);

        g_autofree char *counts = g_strdup_printf (
            /* TRANSLATORS: the start of a message, e.g. "3 masculine-coded words against 1
               feminine-coded" */
            g_dngettext (GETTEXT_PACKAGE, "%u masculine-coded word against %u feminine-coded",
                         "%u masculine-coded words against %u feminine-coded", masculine[r]),
            masculine[r], feminine[r]);

        ladder_lint_report (
            context, "gender-coded", block->offset, 0, (int) r, LADDER_LINT_FIELD_TITLE, -1,
            /* TRANSLATORS: the counts, then the masculine-coded words found */
            _ ("%s (%s): balance the wording so that it speaks to everyone"), counts, named->str);
      }
    }
}

void
ladder_lint_check_language (LintContext *context)
{
  guint reached[LINT_N_LISTS] = {
    0,
  };

  for (guint i = 0; i < context->matches->len; i++)
    {
      const LintMatch *match = &g_array_index (context->matches, LintMatch, i);

      /* "Must reside in": one phrase, though two entries match it. */
      if (match->first < reached[match->list])
        continue;
      reached[match->list] = match->first + match->n_tokens;

      check_match (context, match);
    }

  check_coded_words (context);
}
