/* ladder-family-folder-write.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writing a folder family back as its files: `_index.md` with the family
 * and its own roles, one page per other role. Only the files whose bytes
 * change are written; an unedited family writes nothing. */

#include "ladder-family-folder-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ladder-error.h"
#include "ladder-json.h"
#include "ladder-markdown-export.h"
#include "ladder-model-private.h"
#include "ladder-template.h"
#include "ladder-yaml.h"

/* The weight step between levels when they are numbered again. */
#define WEIGHT_STEP 10

G_DEFINE_BOXED_TYPE (LadderFolderPlan,
                     ladder_folder_plan,
                     ladder_folder_plan_ref,
                     ladder_folder_plan_unref)

static void
write_free (LadderFolderWrite *write)
{
  g_object_unref (write->file);
  g_clear_pointer (&write->contents, g_bytes_unref);
  g_free (write);
}

LadderFolderPlan *
ladder_folder_plan_ref (LadderFolderPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);

  g_atomic_ref_count_inc (&plan->ref_count);
  return plan;
}

void
ladder_folder_plan_unref (LadderFolderPlan *plan)
{
  g_return_if_fail (plan != NULL);

  if (!g_atomic_ref_count_dec (&plan->ref_count))
    return;

  g_ptr_array_unref (plan->writes);
  g_clear_pointer (&plan->index_contents, g_bytes_unref);
  g_ptr_array_unref (plan->index_roles);
  g_ptr_array_unref (plan->pages);
  g_ptr_array_unref (plan->removed);
  g_ptr_array_unref (plan->removed_index_roles);
  g_free (plan);
}

guint
ladder_folder_plan_get_n_writes (LadderFolderPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);

  return plan->writes->len;
}

/**
 * ladder_folder_plan_get_file:
 * @plan: a plan
 * @position: which write
 *
 * Returns: (transfer none): the file to write or to delete
 */
GFile *
ladder_folder_plan_get_file (LadderFolderPlan *plan, guint position)
{
  g_return_val_if_fail (plan != NULL && position < plan->writes->len, NULL);

  return ((LadderFolderWrite *) g_ptr_array_index (plan->writes, position))->file;
}

/**
 * ladder_folder_plan_get_contents:
 * @plan: a plan
 * @position: which write
 *
 * Returns: (transfer none) (nullable): what to write; %NULL when the file
 *   is to be deleted
 */
GBytes *
ladder_folder_plan_get_contents (LadderFolderPlan *plan, guint position)
{
  g_return_val_if_fail (plan != NULL && position < plan->writes->len, NULL);

  return ((LadderFolderWrite *) g_ptr_array_index (plan->writes, position))->contents;
}

static void
add_write (LadderFolderPlan *plan, GFile *folder, const char *name, GBytes *contents)
{
  LadderFolderWrite *write = g_new0 (LadderFolderWrite, 1);

  write->file = g_file_get_child (folder, name);
  write->contents = contents != NULL ? g_bytes_ref (contents) : NULL;
  g_ptr_array_add (plan->writes, write);
}

/* A deep copy, layout records included: the file format keeps them. */
static LadderFamily *
copy_family (LadderFamily *family, GError **error)
{
  g_autoptr (GBytes) json = ladder_json_write (family);
  gsize       length;
  const char *data = g_bytes_get_data (json, &length);

  return ladder_json_read (data, length, "<copy>", error);
}

static GBytes *
export_bytes (LadderFamily *family)
{
  GString *text = ladder_markdown_export (family, LADDER_EXPORT_DEFAULT);
  gsize    length = text->len;

  return g_bytes_new_take (g_string_free (text, FALSE), length);
}

static void
remove_all_roles (LadderFamily *family)
{
  GListModel *roles = ladder_family_get_roles (family);

  while (g_list_model_get_n_items (roles) > 0)
    ladder_family_remove_role (family, 0);
}

/* Which file each role of @family belongs to: the index (a position below
 * n_index), a level page (n_index + page), or none (-1: a new role). A
 * role is found by identity first (the family read or last written), then
 * by title, then by position (a family restored from a draft has new
 * objects: the position is only asked of such a family, where no role is
 * found by identity; a level added where another was deleted took the
 * deleted level's page, its address and its front matter). slot_taken
 * says which of the files still have a role. A role
 * whose page an earlier save deleted (a level deleted, saved, and the
 * deletion undone) is that page again, found by identity alone: revived
 * gives its page, of self->removed. in_index says which roles go in the
 * index: those it has, and those an earlier save took out of it (a role
 * of the index deleted, saved, and the deletion undone), found by
 * identity alone. */
static int *
match_roles (LadderFamilyFolder *self,
             LadderFamily       *family,
             GPtrArray          *roles,
             gboolean          **slot_taken,
             LadderFolderPage ***revived,
             gboolean          **in_index)
{
  guint                n_index = self->index_roles->len;
  guint                n_slots = n_index + self->pages->len;
  int                 *slot_of = g_new (int, MAX (roles->len, 1));
  gboolean            *taken = g_new0 (gboolean, MAX (n_slots, 1));
  g_autofree gboolean *removed_taken = g_new0 (gboolean, MAX (self->removed->len, 1));
  LadderFolderPage   **back = g_new0 (LadderFolderPage *, MAX (roles->len, 1));
  gboolean            *index = g_new0 (gboolean, MAX (roles->len, 1));
  gboolean             by_position = family != self->family;

  for (guint i = 0; i < roles->len; i++)
    slot_of[i] = -1;

#define SLOT_ROLE(s)                                                                               \
  ((s) < n_index ? (LadderRole *) g_ptr_array_index (self->index_roles, (s))                       \
                 : ((LadderFolderPage *) g_ptr_array_index (self->pages, (s) -n_index))->role)

  for (guint i = 0; i < roles->len; i++)
    for (guint s = 0; s < n_slots && slot_of[i] < 0; s++)
      if (!taken[s] && SLOT_ROLE (s) == g_ptr_array_index (roles, i))
        slot_of[i] = (int) s, taken[s] = TRUE, by_position = FALSE;

  for (guint i = 0; i < roles->len; i++)
    for (guint r = 0; r < self->removed->len && slot_of[i] < 0 && back[i] == NULL; r++)
      {
        LadderFolderPage *page = g_ptr_array_index (self->removed, r);

        if (!removed_taken[r] && page->role == g_ptr_array_index (roles, i))
          back[i] = page, removed_taken[r] = TRUE, by_position = FALSE;
      }

  for (guint i = 0; i < roles->len; i++)
    if (slot_of[i] < 0 && back[i] == NULL
        && g_ptr_array_find (self->removed_index_roles, g_ptr_array_index (roles, i), NULL))
      index[i] = TRUE, by_position = FALSE;

  for (guint i = 0; i < roles->len; i++)
    for (guint s = 0; s < n_slots && slot_of[i] < 0 && back[i] == NULL && !index[i]; s++)
      if (!taken[s]
          && g_strcmp0 (ladder_role_get_title (SLOT_ROLE (s)),
                        ladder_role_get_title (g_ptr_array_index (roles, i)))
                 == 0)
        slot_of[i] = (int) s, taken[s] = TRUE;

  for (guint i = 0; i < roles->len && by_position; i++)
    if (slot_of[i] < 0 && back[i] == NULL && i < n_slots && !taken[i])
      slot_of[i] = (int) i, taken[i] = TRUE;

#undef SLOT_ROLE

  for (guint i = 0; i < roles->len; i++)
    if (slot_of[i] >= 0 && (guint) slot_of[i] < n_index)
      index[i] = TRUE;

  *slot_taken = taken;
  *revived = back;
  *in_index = index;
  return slot_of;
}

/* Keeps the weights the level pages have where they still order them, and
 * gives new pages one in between: whether it could. Two pages of one
 * weight are in order by their names, as the folder is read
 * (compare_pages): a tie in that order is kept. It was numbered again, and
 * saving an edit to the intro rewrote a level page nobody edited. */
static gboolean
keep_weights (gint64 *weights, gboolean *known, const char **names, guint n)
{
  gint64      previous = 0;
  const char *previous_name = NULL;

  for (guint i = 0; i < n; i++)
    {
      if (known[i])
        {
          if (i > 0
              && (weights[i] < previous
                  || (weights[i] == previous
                      && (previous_name == NULL || strcmp (names[i], previous_name) <= 0))))
            return FALSE;
          previous = weights[i];
          previous_name = names[i];
          continue;
        }

      {
        /* The new pages from @i up to the next known weight share the gap
         * evenly: the first takes 1/(new + 1) of it, and the rest is shared
         * by the others in turn (one new page: the middle). The count ran
         * one past the next known page, so a single new page took a third
         * of the gap (23 between 20 and 30). */
        guint  new_pages = 0;
        gint64 next;

        while (i + new_pages < n && !known[i + new_pages])
          new_pages++;
        next = i + new_pages < n ? weights[i + new_pages] : G_MAXINT64;

        if (next == G_MAXINT64)
          weights[i] = previous + WEIGHT_STEP;
        else if (next - previous > (gint64) new_pages)
          weights[i] = previous + (next - previous) / (new_pages + 1);
        else
          return FALSE;
        previous = weights[i];
        previous_name = NULL;
      }
    }

  return TRUE;
}

/* The weights of the level pages, in the family's order: those they have
 * where they still order them; else, where the pages are back in an order
 * they had (a move saved, then undone), the weights they had then, as
 * read or first written (numbered again, three pages nobody edited kept
 * new weights); else all numbered again. */
static void
assign_weights (gint64 *weights, gboolean *known, const char **names, const gint64 *firsts, guint n)
{
  g_autofree gint64 *first = g_new (gint64, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    first[i] = known[i] ? firsts[i] : weights[i];

  if (keep_weights (weights, known, names, n))
    return;

  if (keep_weights (first, known, names, n))
    {
      memcpy (weights, first, n * sizeof (gint64));
      return;
    }

  for (guint i = 0; i < n; i++)
    weights[i] = (gint64) (i + 1) * WEIGHT_STEP;
}

static gboolean
page_name_used (LadderFamilyFolder *self, GPtrArray *planned, const char *name)
{
  g_autoptr (GFile) file = g_file_get_child (self->folder, name);
  gboolean used
      = strcmp (name, LADDER_FAMILY_FOLDER_INDEX) == 0 || g_file_query_exists (file, NULL);

  for (guint i = 0; i < self->pages->len && !used; i++)
    used = strcmp (((LadderFolderPage *) g_ptr_array_index (self->pages, i))->name, name) == 0;
  for (guint i = 0; i < planned->len && !used; i++)
    used = strcmp (((LadderFolderPage *) g_ptr_array_index (planned, i))->name, name) == 0;

  return used;
}

static char *
new_page_name (LadderFamilyFolder *self, GPtrArray *planned, const char *title)
{
  g_autofree char *slug = ladder_template_slug (title);
  const char      *stem = *slug != '\0' ? slug : "level";

  for (guint n = 1;; n++)
    {
      g_autofree char *name
          = n == 1 ? g_strconcat (stem, ".md", NULL) : g_strdup_printf ("%s-%u.md", stem, n);

      if (!page_name_used (self, planned, name))
        return g_steal_pointer (&name);
    }
}

static LadderFolderPage *
copy_page (LadderFolderPage *page)
{
  LadderFolderPage *copy = g_new0 (LadderFolderPage, 1);

  copy->name = g_strdup (page->name);
  copy->contents = page->contents != NULL ? g_bytes_ref (page->contents) : NULL;
  copy->weight = page->weight;
  copy->first_weight = page->first_weight;
  copy->shell = page->shell != NULL ? g_object_ref (page->shell) : NULL;
  copy->level = page->level;
  copy->role = page->role != NULL ? g_object_ref (page->role) : NULL;
  return copy;
}

static LadderFamily *
new_shell (const char *title, gint64 weight)
{
  LadderFamily    *shell = ladder_family_new ();
  g_autofree char *yaml_title = ladder_yaml_encode_scalar (title, NULL);
  g_autofree char *yaml_weight = g_strdup_printf (" %" G_GINT64_FORMAT, weight);

  ladder_family_append_front_matter_yaml (shell, "title", yaml_title);
  ladder_family_append_front_matter_yaml (shell, "weight", yaml_weight);
  ladder_family_get_layout (shell)->has_front_matter = TRUE;
  return shell;
}

/* The level page's `weight:`, a number as the page wrote it (`weight: 20`,
 * its spacing and a comment after it kept), where a string's quotes
 * ("20") made it text to Hugo; a weight the page quoted stays quoted. */
static void
set_weight (LadderFamily *shell, gint64 weight)
{
  g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, weight);

  for (guint i = 0; i < ladder_family_get_n_front_matter (shell); i++)
    {
      const char      *yaml = ladder_family_get_front_matter_yaml (shell, i);
      const char      *digits = yaml;
      g_autofree char *written = NULL;

      if (g_strcmp0 (ladder_family_get_front_matter_key (shell, i), "weight") != 0)
        continue;

      while (*digits == ' ' || *digits == '\t')
        digits++;
      if (*digits == '-' || *digits == '+')
        digits++;
      if (!g_ascii_isdigit (*digits))
        break;
      while (g_ascii_isdigit (*digits))
        digits++;
      /* After the number, blanks, and perhaps a comment, which stays
       * (`weight: 40 # the managers` became `weight: "50"`). */
      {
        gsize blank = strspn (digits, " \t");

        if (digits[blank] == '#' ? blank == 0
                                 : digits[blank + strspn (digits + blank, "\r\n")] != '\0')
          break;
      }

      written = g_strdup_printf ("%.*s%s%s", (int) strspn (yaml, " \t"), yaml, value, digits);
      ladder_family_replace_front_matter (shell, i, TRUE, "weight", written, TRUE);
      return;
    }

  ladder_family_set_front_matter_value (shell, "weight", value);
}

/* One level page written from @role. */
static LadderFolderPage *
write_level (LadderFolderPage *page,
             LadderRole       *role,
             const char       *name,
             gint64            weight,
             int               level,
             GError          **error)
{
  g_autoptr (LadderFamily) shell = NULL;
  g_autoptr (LadderRole) copy = ladder_role_copy (role);
  g_autoptr (GBytes) exported = NULL;
  LadderFolderPage *written;
  const char       *data;
  gsize             length;

  if (page != NULL)
    {
      g_autoptr (LadderRole) as_read
          = g_list_model_get_item (ladder_family_get_roles (page->shell), 0);

      shell = copy_family (page->shell, error);
      if (shell == NULL)
        return NULL;

      if (g_strcmp0 (ladder_role_get_title (as_read), ladder_role_get_title (role)) != 0)
        ladder_family_set_title (shell, ladder_role_get_title (role));
      if (weight != page->weight)
        set_weight (shell, weight);
    }
  else
    {
      shell = new_shell (ladder_role_get_title (role), weight);
    }

  remove_all_roles (shell);
  ladder_role_set_heading_level (copy, level);
  ladder_role_set_region (copy, 0);
  ladder_family_append_role (shell, copy);

  exported = export_bytes (shell);
  data = g_bytes_get_data (exported, &length);

  written = g_new0 (LadderFolderPage, 1);
  written->name = g_strdup (name);
  written->contents = ladder_family_folder_strip_heading (data, length);
  written->weight = weight;
  written->first_weight = page != NULL ? page->first_weight : weight;
  written->shell = g_steal_pointer (&shell);
  written->level = level;
  written->role = g_object_ref (role);

  if (written->contents == NULL)
    {
      ladder_folder_page_free (written);
      g_set_error (error, LADDER_ERROR, LADDER_ERROR_INVALID,
                   _ ("The level page %s could not be written"), name);
      return NULL;
    }

  return written;
}

/**
 * ladder_family_folder_write_plan:
 * @self: a folder family
 * @family: the family as edited: the one ladder_family_folder_get_family()
 *   gave, or one restored from it (a draft)
 * @error: return location for a #GError
 *
 * Works out what saving @family writes: `_index.md` with the family and
 * the roles it had, and one page per other role (a page for a role that
 * had none, named after its title; `weight:` values renumbered only when
 * the roles' order needs it; the page of a removed role deleted). Only
 * the files whose bytes change are in the plan. Once they are written,
 * call ladder_family_folder_written().
 *
 * Returns: (transfer full) (nullable): the plan
 */
LadderFolderPlan *
ladder_family_folder_write_plan (LadderFamilyFolder *self, LadderFamily *family, GError **error)
{
  g_autoptr (LadderFolderPlan) plan = NULL;
  g_autoptr (GPtrArray) roles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (LadderFamily) index_family = NULL;
  g_autofree int               *slot_of = NULL;
  g_autofree gboolean          *taken = NULL;
  g_autofree gint64            *weights = NULL;
  g_autofree gint64            *firsts = NULL;
  g_autofree const char       **names = NULL;
  g_autofree gboolean          *known = NULL;
  g_autofree LadderFolderPage **revived = NULL;
  g_autofree gboolean          *in_index = NULL;
  g_autoptr (GPtrArray) levels = g_ptr_array_new ();
  GListModel *model;
  guint       n_index;
  int         default_level = 2;

  g_return_val_if_fail (LADDER_IS_FAMILY_FOLDER (self), NULL);
  g_return_val_if_fail (LADDER_IS_FAMILY (family), NULL);

  plan = g_new0 (LadderFolderPlan, 1);
  g_atomic_ref_count_init (&plan->ref_count);
  plan->writes = g_ptr_array_new_with_free_func ((GDestroyNotify) write_free);
  plan->index_roles = g_ptr_array_new_with_free_func (g_object_unref);
  plan->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_folder_page_free);
  plan->removed = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_folder_page_free);
  plan->removed_index_roles = g_ptr_array_new_with_free_func (g_object_unref);

  model = ladder_family_get_roles (family);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (roles, g_list_model_get_item (model, i));

  n_index = self->index_roles->len;
  slot_of = match_roles (self, family, roles, &taken, &revived, &in_index);
  if (self->pages->len > 0)
    default_level = ((LadderFolderPage *) g_ptr_array_index (self->pages, 0))->level;

  /* _index.md: the family without the roles of the level pages. */
  index_family = copy_family (family, error);
  if (index_family == NULL)
    return NULL;
  for (guint i = roles->len; i-- > 0;)
    {
      if (in_index[i])
        g_ptr_array_insert (plan->index_roles, 0, g_object_ref (g_ptr_array_index (roles, i)));
      else
        ladder_family_remove_role (index_family, i);
    }

  plan->index_contents = export_bytes (index_family);
  if (!g_bytes_equal (plan->index_contents, self->index_contents))
    add_write (plan, self->folder, LADDER_FAMILY_FOLDER_INDEX, plan->index_contents);

  for (guint i = 0; i < roles->len; i++)
    if (!in_index[i])
      g_ptr_array_add (levels, GUINT_TO_POINTER (i));

  weights = g_new0 (gint64, MAX (levels->len, 1));
  firsts = g_new0 (gint64, MAX (levels->len, 1));
  known = g_new0 (gboolean, MAX (levels->len, 1));
  names = g_new0 (const char *, MAX (levels->len, 1));
  for (guint l = 0; l < levels->len; l++)
    {
      int slot = slot_of[GPOINTER_TO_UINT (g_ptr_array_index (levels, l))];

      if (slot >= 0)
        {
          LadderFolderPage *page = g_ptr_array_index (self->pages, slot - n_index);

          weights[l] = page->weight;
          firsts[l] = page->first_weight;
          known[l] = TRUE;
          names[l] = page->name;
        }
      else if (revived[GPOINTER_TO_UINT (g_ptr_array_index (levels, l))] != NULL)
        {
          LadderFolderPage *page = revived[GPOINTER_TO_UINT (g_ptr_array_index (levels, l))];

          weights[l] = page->weight;
          firsts[l] = page->first_weight;
          known[l] = TRUE;
          names[l] = page->name;
        }
    }
  assign_weights (weights, known, names, firsts, levels->len);

  for (guint l = 0; l < levels->len; l++)
    {
      guint             i = GPOINTER_TO_UINT (g_ptr_array_index (levels, l));
      LadderRole       *role = g_ptr_array_index (roles, i);
      LadderFolderPage *page
          = slot_of[i] >= 0 ? g_ptr_array_index (self->pages, slot_of[i] - n_index) : revived[i];
      g_autofree char *name
          = page != NULL && (page != revived[i] || !page_name_used (self, plan->pages, page->name))
                ? g_strdup (page->name)
                : new_page_name (self, plan->pages, ladder_role_get_title (role));
      LadderFolderPage *written = write_level (page, role, name, weights[l],
                                               page != NULL ? page->level : default_level, error);

      if (written == NULL)
        return NULL;

      g_ptr_array_add (plan->pages, written);
      if (page == NULL || page == revived[i] || !g_bytes_equal (written->contents, page->contents))
        add_write (plan, self->folder, name, written->contents);
    }

  for (guint p = 0; p < self->pages->len; p++)
    {
      LadderFolderPage *page = g_ptr_array_index (self->pages, p);

      if (!taken[n_index + p])
        {
          add_write (plan, self->folder, page->name, NULL);
          g_ptr_array_add (plan->removed, copy_page (page));
        }
    }

  /* The roles of the index taken out, now or before, and not brought
   * back stay at hand. */
  for (guint s = 0; s < n_index; s++)
    if (!taken[s])
      g_ptr_array_add (plan->removed_index_roles,
                       g_object_ref (g_ptr_array_index (self->index_roles, s)));
  for (guint r = 0; r < self->removed_index_roles->len; r++)
    {
      LadderRole *role = g_ptr_array_index (self->removed_index_roles, r);

      if (!g_ptr_array_find (roles, role, NULL))
        g_ptr_array_add (plan->removed_index_roles, g_object_ref (role));
    }

  /* The pages deleted before and not brought back stay at hand. */
  for (guint r = 0; r < self->removed->len; r++)
    {
      LadderFolderPage *page = g_ptr_array_index (self->removed, r);
      gboolean          back = FALSE;

      for (guint i = 0; i < roles->len && !back; i++)
        back = revived[i] == page;
      if (!back)
        g_ptr_array_add (plan->removed, copy_page (page));
    }

  return g_steal_pointer (&plan);
}

/**
 * ladder_family_folder_written:
 * @self: a folder family
 * @plan: a plan of @self whose writes are all done
 *
 * Takes the files as @plan wrote them as what is on disk, so that the next
 * plan compares with them.
 */
void
ladder_family_folder_written (LadderFamilyFolder *self, LadderFolderPlan *plan)
{
  g_return_if_fail (LADDER_IS_FAMILY_FOLDER (self));
  g_return_if_fail (plan != NULL);

  g_bytes_unref (self->index_contents);
  self->index_contents = g_bytes_ref (plan->index_contents);
  g_ptr_array_unref (self->index_roles);
  self->index_roles = g_ptr_array_ref (plan->index_roles);
  g_ptr_array_unref (self->pages);
  self->pages = g_ptr_array_ref (plan->pages);
  g_ptr_array_unref (self->removed);
  self->removed = g_ptr_array_ref (plan->removed);
  g_ptr_array_unref (self->removed_index_roles);
  self->removed_index_roles = g_ptr_array_ref (plan->removed_index_roles);
}

/**
 * ladder_family_folder_dup_role_files:
 * @self: a folder family
 * @family: the family as edited
 *
 * Which file each role of @family is written to: `_index.md`, the name of
 * its level page, or "" for a role that has none yet (a new level). A
 * draft keeps them, so that its family, restored with new objects, is
 * written to the same files (see ladder_family_folder_adopt_roles()).
 *
 * Returns: (transfer full): one name per role, in the family's order
 */
GStrv
ladder_family_folder_dup_role_files (LadderFamilyFolder *self, LadderFamily *family)
{
  g_autoptr (GPtrArray) roles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree int               *slot_of = NULL;
  g_autofree gboolean          *taken = NULL;
  g_autofree LadderFolderPage **revived = NULL;
  g_autofree gboolean          *in_index = NULL;
  GListModel                   *model;
  GStrv                         names;
  guint                         n_index;

  g_return_val_if_fail (LADDER_IS_FAMILY_FOLDER (self), NULL);
  g_return_val_if_fail (LADDER_IS_FAMILY (family), NULL);

  model = ladder_family_get_roles (family);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (roles, g_list_model_get_item (model, i));

  n_index = self->index_roles->len;
  slot_of = match_roles (self, family, roles, &taken, &revived, &in_index);
  names = g_new0 (char *, roles->len + 1);
  for (guint i = 0; i < roles->len; i++)
    {
      if (in_index[i])
        names[i] = g_strdup (LADDER_FAMILY_FOLDER_INDEX);
      else if (slot_of[i] >= 0)
        names[i] = g_strdup (
            ((LadderFolderPage *) g_ptr_array_index (self->pages, slot_of[i] - n_index))->name);
      else if (revived[i] != NULL)
        names[i] = g_strdup (revived[i]->name);
      else
        names[i] = g_strdup ("");
    }

  return names;
}

/**
 * ladder_family_folder_adopt_roles:
 * @self: a folder family, as read from its folder
 * @family: a family restored from a draft of it
 * @role_files: what ladder_family_folder_dup_role_files() gave for the
 *   family the draft was written from
 *
 * Takes the roles of @family as those of the files @role_files names,
 * so that saving @family writes each role where it was read from: found
 * by its place or its title instead, a level renamed where another was
 * deleted took the deleted level's page. Does nothing when @role_files
 * is not one name per role.
 */
void
ladder_family_folder_adopt_roles (LadderFamilyFolder *self,
                                  LadderFamily       *family,
                                  const char *const  *role_files)
{
  GListModel *model;
  g_autoptr (GPtrArray) index_roles = NULL;
  guint n_roles;

  g_return_if_fail (LADDER_IS_FAMILY_FOLDER (self));
  g_return_if_fail (LADDER_IS_FAMILY (family));

  model = ladder_family_get_roles (family);
  n_roles = g_list_model_get_n_items (model);
  if (role_files == NULL || g_strv_length ((GStrv) role_files) != n_roles)
    return;

  index_roles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_roles; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (model, i);

      if (strcmp (role_files[i], LADDER_FAMILY_FOLDER_INDEX) == 0)
        {
          g_ptr_array_add (index_roles, g_steal_pointer (&role));
          continue;
        }

      for (guint p = 0; p < self->pages->len; p++)
        {
          LadderFolderPage *page = g_ptr_array_index (self->pages, p);

          if (strcmp (page->name, role_files[i]) == 0)
            {
              g_set_object (&page->role, role);
              break;
            }
        }
    }

  /* The index is written from the family: a role of it the draft's family
   * no longer has (deleted before the crash) is left out as it would
   * have been. */
  g_ptr_array_unref (self->index_roles);
  self->index_roles = g_steal_pointer (&index_roles);
}
