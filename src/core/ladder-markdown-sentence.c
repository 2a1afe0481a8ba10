/* ladder-markdown-sentence.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The sentences of a role that hold one of its values where the page put
 * it ("The Senior Analyst reports to Manager, Finance.", "The Senior
 * Analyst is a [7](…)."), written again for a role renamed since the page
 * was read: in the page's own words (ladder-markdown-export.c writes them
 * as they were while nothing but their value changed).
 */

#include "ladder-markdown-sentence.h"

#include <string.h>

#include "ladder-link.h"
#include "ladder-markdown-blocks.h"
#include "ladder-markdown-text.h"

/* How a spanned sentence is written anew for a title and a link (the
 * grade's; a reports-to sentence has none): the rest around its value. */
typedef char *(*SentenceRest) (const char *title, const char *link);

static char *
reports_to_rest (const char *title, const char *link)
{
  return ladder_block_reports_to (title, LADDER_VALUE_PLACEHOLDER);
}

static char *
grade_rest (const char *title, const char *link)
{
  return ladder_block_grade (title, LADDER_VALUE_PLACEHOLDER, link);
}

/* Whether the sentence recorded in @origin, written anew, was "The "
 * @subject then @tail: the words after the title, as a #SentenceRest
 * gives them. */
static gboolean
was_written_with (const LadderOrigin *origin,
                  const char         *subject,
                  gsize               subject_length,
                  const char         *tail)
{
  g_autoptr (GString) old_rest = g_string_new ("The ");

  g_string_append_len (old_rest, subject, (gssize) subject_length);
  g_string_append (old_rest, tail);
  if (ladder_fingerprint (old_rest->str) == origin->fingerprint)
    return TRUE;

  /* The title typed with a space too many ("Senior Marketing  Manager"). */
  if (g_strstr_len (subject, (gssize) subject_length, "  ") == NULL)
    return FALSE;

  g_string_truncate (old_rest, strlen ("The "));
  for (gsize i = 0; i < subject_length; i++)
    if (subject[i] != ' ' || i == 0 || subject[i - 1] != ' ')
      g_string_append_c (old_rest, subject[i]);
  g_string_append (old_rest, tail);

  return ladder_fingerprint (old_rest->str) == origin->fingerprint;
}

/**
 * ladder_sentence_rewrite:
 * @origin: how the page wrote the sentence, its value spanned
 * @kind: which sentence it is
 * @title: the role's title
 * @link: (nullable): the grade's link, for a grade sentence
 * @value_markdown: the value, as the exporter writes it
 *
 * A sentence whose role was renamed, or whose grade link changed, since
 * its page was read, written with the page's own words: where the title
 * the role had stands in it (the sentence written anew with that title is
 * the one recorded), the new title takes its place; a changed link and a
 * changed value take theirs. A sentence that does not name the role by
 * its title ("The Associate level in the Engineering Division is a grade
 * 5") keeps its words: a rename does not rewrite what it does not name,
 * nor drop what the template has no place for ("… and reports to …", a
 * second line). NULL when the sentence cannot be kept (its link was
 * removed, or added where it had none): it is then written anew.
 *
 * Returns: (transfer full) (nullable): the sentence, or %NULL
 */
char *
ladder_sentence_rewrite (const LadderOrigin *origin,
                         LadderSentenceKind  kind,
                         const char         *title,
                         const char         *link,
                         const char         *value_markdown)
{
  SentenceRest     rest_of = kind == LADDER_SENTENCE_GRADE ? grade_rest : reports_to_rest;
  const char      *source = origin->source;
  const char      *value;
  const char      *after;
  g_autofree char *old_link = NULL;
  const char      *recorded_link = NULL;
  g_autoptr (GString) escaped = g_string_new (NULL);
  g_autofree char *tail = NULL;
  g_autofree char *old_tail = NULL;
  const char      *tails[2];
  gssize           subject_start = -1;
  gsize            subject_length = 0;
  gsize            link_start = 0, link_length = 0;
  gboolean         link_changed;
  GString         *sentence;

  if (source == NULL || origin->span_start < 0
      || (gsize) origin->span_start + (gsize) origin->span_length > strlen (source))
    return NULL;

  value = source + origin->span_start;
  after = value + origin->span_length;
  if (link != NULL && *link == '\0')
    link = NULL;

  /* The grade's link as the page wrote it: "[grade 7](LINK)". */
  if (rest_of == grade_rest && g_str_has_prefix (after, "]("))
    {
      const char *close = strchr (after + 2, ')');

      if (close != NULL && memchr (after + 2, '\n', (gsize) (close - after - 2)) == NULL)
        {
          link_start = (gsize) (after + 2 - source);
          link_length = (gsize) (close - after - 2);
          old_link = g_strndup (after + 2, link_length);
        }
    }

  /* The link the role was given when the page was read: the page's, if
   * it is one Ladder writes (not a Hugo shortcode, say). */
  if (old_link != NULL && ladder_link_is_allowed (old_link))
    recorded_link = old_link;

  link_changed = rest_of == grade_rest && g_strcmp0 (link, recorded_link) != 0;
  if (link_changed && (recorded_link == NULL || link == NULL))
    return NULL;

  ladder_markdown_append_escaped (escaped, title);
  /* The words after the title, "The " and an empty title dropped, with
   * the link the role has and the one it was given. */
  tail = rest_of ("", link);
  old_tail = link_changed ? rest_of ("", recorded_link) : NULL;
  tails[0] = tail;
  tails[1] = old_tail;

  /* The title it had: words of the sentence before its value, from its
   * start or after its "The ". */
  for (guint s = 0; s < 2 && subject_start < 0; s++)
    {
      gsize start = 0;

      if (s == 1)
        {
          if (g_ascii_strncasecmp (source, "The ", 4) != 0)
            break;
          /* "The  Director": a space too many before the title. */
          for (start = 4; source + start < value && source[start] == ' '; start++)
            ;
        }

      for (const char *end = source + start + 1; end < value && subject_start < 0; end++)
        {
          if (*end != ' ' && *end != ',' && !((guchar) end[0] == 0xc2 && (guchar) end[1] == 0xa0))
            continue;
          for (guint l = 0; l < G_N_ELEMENTS (tails) && subject_start < 0; l++)
            if (tails[l] != NULL
                && was_written_with (origin, source + start, (gsize) (end - source) - start,
                                     tails[l] + strlen ("The ")))
              {
                subject_start = (gssize) start;
                subject_length = (gsize) (end - source) - start;
              }
        }
    }

  sentence = g_string_new (NULL);
  if (subject_start >= 0)
    {
      g_string_append_len (sentence, source, subject_start);
      g_string_append_len (sentence, escaped->str, (gssize) escaped->len);
      g_string_append_len (sentence, source + subject_start + subject_length,
                           value - (source + subject_start + subject_length));
    }
  else
    {
      g_string_append_len (sentence, source, origin->span_start);
    }

  if (origin->value_fingerprint == ladder_fingerprint (value_markdown))
    g_string_append_len (sentence, value, origin->span_length);
  else
    g_string_append (sentence, value_markdown);

  if (link_changed)
    {
      g_string_append_len (sentence, after, (gssize) (source + link_start - after));
      ladder_markdown_append_link_destination (sentence, link);
      g_string_append (sentence, source + link_start + link_length);
    }
  else
    {
      g_string_append (sentence, after);
    }

  return g_string_free (sentence, FALSE);
}

/* Whether @word, up to @end, is an initial or initials: single letters
 * with stops between ("F", "U.S", "V.P"), not a word such as "GitLab.com". */
static gboolean
is_initials (const char *word, const char *end)
{
  if (end - word == 1)
    return g_ascii_isupper (*word);

  for (const char *c = word; c < end; c++)
    if (g_ascii_isalpha (*c) == (((c - word) & 1) != 0))
      return FALSE;

  return end - word >= 3;
}

/**
 * ladder_sentence_ends:
 * @text: a paragraph
 * @p: a place in @text
 *
 * Whether the stop at @p, in @text, ends a sentence: followed by a space
 * or the end, and not that of an abbreviation ("The Sr. Director"), of
 * initials ("U.S.") or escaped.
 */
gboolean
ladder_sentence_ends (const char *text, const char *p)
{
  static const char *const abbreviations[] = { "Sr",  "Jr",  "Dr",  "Mr", "Mrs", "Ms",  "St", "vs",
                                               "etc", "Inc", "Ltd", "Co", "No",  "e.g", "i.e" };
  const char              *word = p;

  if (!(*p == '.' || *p == '!' || *p == '?')
      || !(p[1] == '\0' || p[1] == ' ' || p[1] == '\n' || p[1] == '\t'))
    return FALSE;
  if (*p != '.')
    return TRUE;

  /* A stop escaped ("1\. Lead", as Ladder writes a name that starts so)
   * is the name's. */
  {
    const char *slash = p;

    while (slash > text && slash[-1] == '\\')
      slash--;
    if ((p - slash) % 2 == 1)
      return FALSE;
  }

  while (word > text && (g_ascii_isalpha (word[-1]) || word[-1] == '.'))
    word--;
  /* An initial ("John F. Kennedy") or initials ("Head of U.S. Sales",
   * "V.P. Sales"): a manager typed so read back cut at its stop. */
  if (is_initials (word, p))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    if ((gsize) (p - word) == strlen (abbreviations[i])
        && g_ascii_strncasecmp (word, abbreviations[i], (gsize) (p - word)) == 0)
      return FALSE;

  return TRUE;
}

/**
 * ladder_sentence_drop:
 * @origin: how the page wrote the paragraph that held a value, spanned
 *
 * What is left of a paragraph when the sentence holding its value goes
 * (its grade cleared): "The Manager is a [grade 8](…).\nThis job may be
 * an individual contributor." keeps its second sentence.
 *
 * Returns: (transfer full) (nullable): the rest of the paragraph, or
 *   %NULL when the sentence was all of it
 */
char *
ladder_sentence_drop (const LadderOrigin *origin)
{
  const char *source = origin->source;
  const char *value;
  const char *start;
  const char *end;
  GString    *rest;

  if (source == NULL || origin->span_start < 0
      || (gsize) origin->span_start + (gsize) origin->span_length > strlen (source))
    return NULL;

  value = source + origin->span_start;

  /* The sentence begins after the end of the one before it. */
  start = source;
  for (const char *p = value; p > source; p--)
    if (ladder_sentence_ends (source, p - 1))
      {
        start = p;
        break;
      }

  /* And ends at its full stop, past the value's link ("[grade 8](…)."). */
  end = value + origin->span_length;
  if (g_str_has_prefix (end, "]("))
    {
      const char *close = strchr (end, ')');

      if (close != NULL)
        end = close + 1;
    }
  while (*end != '\0' && !ladder_sentence_ends (source, end))
    end++;
  if (*end != '\0')
    end++;

  rest = g_string_new_len (source, start - source);
  while (*end == ' ' || *end == '\t' || *end == '\n')
    end++;
  /* Between the sentence before and the one after, the space (or line
   * break) that stood before the one that goes. */
  if (rest->len > 0 && *end != '\0')
    {
      const char *first = start;

      while (*first == ' ' || *first == '\t' || *first == '\n')
        first++;
      g_string_append_len (rest, start, first - start);
    }
  g_string_append (rest, end);
  g_strchomp (rest->str);
  g_string_set_size (rest, strlen (rest->str));

  if (rest->len == 0)
    {
      g_string_free (rest, TRUE);
      return NULL;
    }

  return g_string_free (rest, FALSE);
}
