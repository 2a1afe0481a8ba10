/* ladder-lint-fix.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-lint-private.h"
#include "ladder-role-text.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/*
 * Quick fixes are edits of the model made through its setters, as a person
 * would make them in the editor: every change notifies, reaches the undo
 * history and is written to the page as only the lines it touches. A fix
 * remembers the value it was made for, and does nothing but say so when
 * the family has changed since.
 */

void
ladder_lint_fix_replace (LintContext       *context,
                         LadderLintProblem *problem,
                         guint              block_index,
                         gsize              page_offset,
                         gsize              length,
                         const char        *replacement,
                         const char        *label)
{
  const LadderPageBlock *block = ladder_lint_block (context, block_index);
  const char *value = ladder_lint_field_value (context, block_index);
  gssize start, end;
  const char *property;

  if (problem == NULL || value == NULL)
    return;

  start = ladder_lint_field_offset (context, block_index, page_offset);
  end = ladder_lint_field_offset (context, block_index, page_offset + length);
  if (start < 0 || end < start || (gsize) end > ladder_lint_value_length (context, value)
      || (gsize) (end - start) != length
      || memcmp (value + start, context->page + page_offset, length) != 0)
    return;

  switch (block->kind)
    {
    case LADDER_PAGE_BLOCK_BULLET:
      property = "text";
      break;
    case LADDER_PAGE_BLOCK_SECTION_BODY:
      property = "body";
      break;
    case LADDER_PAGE_BLOCK_INTRO:
      property = "intro";
      break;
    case LADDER_PAGE_BLOCK_ROLE_TEXT:
      property = "markdown";
      break;
    default:
      return;
    }

  /* The problems of one value share one copy of it, and their new values
   * are made when a fix is: a long paragraph with many doubled spaces
   * would otherwise hold two copies of itself per problem. */
  if (context->value_copy_of != value)
    {
      g_clear_pointer (&context->value_copy, g_ref_string_release);
      context->value_copy_of = value;
      context->value_copy = g_ref_string_new_len (value, (gssize) ladder_lint_value_length (context, value));
    }

  ladder_lint_problem_set_fix_splice (problem, property, context->value_copy, (gsize) start, (gsize) end,
                                      replacement, label);
}

static gboolean
changed_since (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("The family has changed since it was checked: check it again"));
  return FALSE;
}

static LadderRole *
problem_role (LadderFamily *family,
              int           position)
{
  GListModel *roles = ladder_family_get_roles (family);

  if (position < 0 || (guint) position >= g_list_model_get_n_items (roles))
    return NULL;

  return g_list_model_get_item (roles, (guint) position);
}

static LadderBulletList
list_of (LadderLintField field)
{
  return field == LADDER_LINT_FIELD_REQUIREMENTS ? LADDER_BULLET_LIST_REQUIREMENTS
                                                 : LADDER_BULLET_LIST_RESPONSIBILITIES;
}

static LadderSection *
problem_section (LadderFamily *family,
                 LadderRole   *role,
                 int           position)
{
  GListModel *sections
      = role != NULL ? ladder_role_get_subsections (role) : ladder_family_get_sections (family);

  if (position < 0 || (guint) position >= g_list_model_get_n_items (sections))
    return NULL;

  return g_list_model_get_item (sections, (guint) position);
}

static gboolean
set_text (LadderFamily    *family,
          int              role_position,
          LadderLintField  field,
          int              index_,
          const char      *property,
          const char      *old_value,
          const char      *new_value,
          GError         **error)
{
  g_autoptr (LadderRole) role = problem_role (family, role_position);

  if (g_str_equal (property, "intro"))
    {
      if (g_strcmp0 (ladder_family_get_intro (family), old_value) != 0)
        return changed_since (error);
      ladder_family_set_intro (family, new_value);
      return TRUE;
    }

  if (g_str_equal (property, "body") || g_str_equal (property, "heading"))
    {
      g_autoptr (LadderSection) section = NULL;
      gboolean body = g_str_equal (property, "body");

      if (role_position >= 0 && role == NULL)
        return changed_since (error);
      section = problem_section (family, role, index_);
      if (section == NULL
          || g_strcmp0 (body ? ladder_section_get_body (section)
                             : ladder_section_get_heading (section),
                        old_value)
                 != 0)
        return changed_since (error);

      if (body)
        ladder_section_set_body (section, new_value);
      else
        ladder_section_set_heading (section, new_value);
      return TRUE;
    }

  if (role == NULL)
    return changed_since (error);

  if (g_str_equal (property, "text"))
    {
      GListModel *bullets = ladder_role_get_bullets (role, list_of (field));
      g_autoptr (LadderBullet) bullet = NULL;

      if (index_ < 0 || (guint) index_ >= g_list_model_get_n_items (bullets))
        return changed_since (error);
      bullet = g_list_model_get_item (bullets, (guint) index_);
      if (g_strcmp0 (ladder_bullet_get_text (bullet), old_value) != 0)
        return changed_since (error);
      ladder_bullet_set_text (bullet, new_value);
      return TRUE;
    }

  if (g_str_equal (property, "markdown"))
    {
      g_autoptr (LadderRoleText) text = NULL;

      if (index_ >= 0)
        text = g_list_model_get_item (ladder_role_get_texts (role), (guint) index_);
      if (text == NULL || g_strcmp0 (ladder_role_text_get_markdown (text), old_value) != 0)
        return changed_since (error);
      ladder_role_text_set_markdown (text, new_value);
      return TRUE;
    }

  if (g_str_equal (property, "grade-link"))
    {
      if (g_strcmp0 (ladder_role_get_grade_link (role), old_value) != 0)
        return changed_since (error);
      ladder_role_set_grade_link (role, new_value);
      return TRUE;
    }

  if (g_str_equal (property, "reports-to-link"))
    {
      if (g_strcmp0 (ladder_role_get_reports_to_link (role), old_value) != 0)
        return changed_since (error);
      ladder_role_set_reports_to_link (role, new_value);
      return TRUE;
    }

  g_return_val_if_reached (FALSE);
}

/**
 * ladder_lint_problem_apply_fix:
 * @self: a problem with a quick fix
 * @family: the family it was found in
 * @error: return location for a #GError
 *
 * Makes the problem's quick fix, through the model's setters (so that the
 * family's history can undo it).
 *
 * Returns: whether the family was changed; %FALSE with @error set when the
 *   family no longer has what the fix was made for
 */
gboolean
ladder_lint_problem_apply_fix (LadderLintProblem  *self,
                               LadderFamily       *family,
                               GError            **error)
{
  LintFixKind kind;
  const char *property, *old_value;
  g_autofree char *new_value = NULL;

  g_return_val_if_fail (LADDER_IS_LINT_PROBLEM (self), FALSE);
  g_return_val_if_fail (LADDER_IS_FAMILY (family), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ladder_lint_problem_get_fix (self, &kind, &property, &old_value, &new_value);

  switch (kind)
    {
    case LINT_FIX_SET_TEXT:
      return set_text (family, ladder_lint_problem_get_role (self),
                       ladder_lint_problem_get_field (self), ladder_lint_problem_get_index (self),
                       property, old_value, new_value, error);

    case LINT_FIX_APPEND_BULLET:
      {
        g_autoptr (LadderRole) role = problem_role (family, ladder_lint_problem_get_role (self));
        LadderBulletList list = list_of (ladder_lint_problem_get_field (self));
        guint n_items;

        if (role == NULL)
          return changed_since (error);

        /* Made once: a second time finds it there. */
        n_items = ladder_role_get_n_bullets (role, list);
        for (guint i = 0; i < n_items; i++)
          if (g_strcmp0 (ladder_role_get_bullet_text (role, list, i), new_value) == 0)
            return changed_since (error);

        {
          g_autoptr (LadderBullet) bullet = ladder_bullet_new (new_value);

          /* Among the list's own bullets, not under a "Nice-to-have
           * Requirements" heading that ends it. */
          ladder_role_add_bullet_to_first_group (role, list, bullet);
        }
        return TRUE;
      }

    case LINT_FIX_REMOVE_BULLET:
      {
        g_autoptr (LadderRole) role = problem_role (family, ladder_lint_problem_get_role (self));
        LadderBulletList list = list_of (ladder_lint_problem_get_field (self));
        int index_ = ladder_lint_problem_get_index (self);
        g_autoptr (LadderBullet) bullet = NULL;
        GListModel *bullets;

        if (role == NULL)
          return changed_since (error);

        bullets = ladder_role_get_bullets (role, list);
        if (index_ < 0 || (guint) index_ >= g_list_model_get_n_items (bullets))
          return changed_since (error);

        bullet = g_list_model_get_item (bullets, (guint) index_);
        if (g_strcmp0 (ladder_bullet_get_text (bullet), old_value) != 0)
          return changed_since (error);

        ladder_role_delete_bullet (role, list, (guint) index_);
        return TRUE;
      }

    case LINT_FIX_NONE:
    default:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("This problem has no quick fix"));
      return FALSE;
    }
}
