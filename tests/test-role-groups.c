/* test-role-groups.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The roles as the sidebar lists them: each group under the page's
 * heading, the roles shared by all levels first without one, a filtered
 * list showing the heading above the first role it keeps; and changes
 * told as the one span that differs, so that a view keeps its other rows.
 */

#include "ladder-role-groups.h"
#include "ladder-section.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint count;
} Change;

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, Change *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->count++;
}

static LadderRole *
add_role (LadderFamily *family, const char *title, int level, guint region)
{
  g_autoptr (LadderRole) role = ladder_role_new (title);

  ladder_role_set_heading_level (role, level);
  ladder_role_set_region (role, region);
  ladder_family_append_role (family, role);
  return role;
}

/* A family of the handbook's shape: a description shared by all levels,
 * two levels under "Levels", a specialty under "Specialties". */
static LadderFamily *
make_family (void)
{
  LadderFamily *family = ladder_family_new ();
  g_autoptr (LadderSection) levels = ladder_section_new (LADDER_SECTION_ROLES, "Levels", 2);
  g_autoptr (LadderSection) ladder
      = ladder_section_new (LADDER_SECTION_CAREER_LADDER, "Career Ladder", 2);
  g_autoptr (LadderSection) specialties
      = ladder_section_new (LADDER_SECTION_ROLES, "Specialties", 2);

  /* In place of a new family's one part of roles, without a heading. */
  ladder_family_remove_section (family, 0);
  ladder_family_append_section (family, levels);
  ladder_family_append_section (family, ladder);
  ladder_family_append_section (family, specialties);
  add_role (family, "Shared", 0, 0);
  add_role (family, "Engineer", 3, 0);
  add_role (family, "Senior Engineer", 3, 0);
  add_role (family, "Databases", 3, 1);
  return family;
}

/* The items, as "#Heading" and role titles, joined by "|". */
static char *
describe (GListModel *items)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (items, i);

      if (i > 0)
        g_string_append_c (text, '|');
      if (LADDER_IS_ROLE_HEADING (item))
        g_string_append_printf (text, "#%s",
                                ladder_role_heading_get_text (LADDER_ROLE_HEADING (item)));
      else
        g_string_append (text, ladder_role_get_title (LADDER_ROLE (item)));
    }

  return g_string_free (text, FALSE);
}

static void
test_headings (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderRoleGroups) groups
      = ladder_role_groups_new (family, ladder_family_get_roles (family));
  g_autofree char *items = describe (G_LIST_MODEL (groups));
  g_autoptr (LadderRole) databases = g_list_model_get_item (ladder_family_get_roles (family), 3);
  guint position;

  g_assert_cmpstr (items, ==, "Shared|#Levels|Engineer|Senior Engineer|#Specialties|Databases");
  g_assert_true (ladder_role_groups_find (groups, databases, &position));
  g_assert_cmpuint (position, ==, 5);
}

/* Adding a role tells one item added where it goes; removing the only
 * role of a group takes its heading too, in the same span. */
static void
test_changes_are_one_span (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderRoleGroups) groups
      = ladder_role_groups_new (family, ladder_family_get_roles (family));
  g_autoptr (LadderRole) staff = ladder_role_new ("Staff Engineer");
  g_autoptr (GObject) levels = g_list_model_get_item (G_LIST_MODEL (groups), 1);
  g_autoptr (GObject) still_levels = NULL;
  g_autofree char *after_insert = NULL;
  g_autofree char *after_remove = NULL;
  Change           change = { 0 };

  g_signal_connect (groups, "items-changed", G_CALLBACK (on_items_changed), &change);

  ladder_role_set_heading_level (staff, 3);
  ladder_family_insert_role (family, 3, staff);
  after_insert = describe (G_LIST_MODEL (groups));
  g_assert_cmpstr (after_insert, ==,
                   "Shared|#Levels|Engineer|Senior Engineer|Staff Engineer|#Specialties|Databases");
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 4);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 1);
  /* The heading before stayed the same object: a view's row for it too. */
  still_levels = g_list_model_get_item (G_LIST_MODEL (groups), 1);
  g_assert_true (still_levels == levels);

  ladder_family_remove_role (family, 4);
  after_remove = describe (G_LIST_MODEL (groups));
  g_assert_cmpstr (after_remove, ==, "Shared|#Levels|Engineer|Senior Engineer|Staff Engineer");
  g_assert_cmpuint (change.count, ==, 2);
  g_assert_cmpuint (change.position, ==, 5);
  g_assert_cmpuint (change.removed, ==, 2);
  g_assert_cmpuint (change.added, ==, 0);
}

/* A renamed part renames its heading when the list is refreshed; nothing
 * changes, nothing is told. */
static void
test_refresh (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (LadderRoleGroups) groups
      = ladder_role_groups_new (family, ladder_family_get_roles (family));
  g_autoptr (LadderSection) specialties
      = g_list_model_get_item (ladder_family_get_sections (family), 2);
  g_autofree char *items = NULL;
  Change           change = { 0 };

  g_signal_connect (groups, "items-changed", G_CALLBACK (on_items_changed), &change);
  ladder_role_groups_refresh (groups);
  g_assert_cmpuint (change.count, ==, 0);

  ladder_section_set_heading (specialties, "Specializations");
  ladder_role_groups_refresh (groups);
  items = describe (G_LIST_MODEL (groups));
  g_assert_cmpstr (items, ==, "Shared|#Levels|Engineer|Senior Engineer|#Specializations|Databases");
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 4);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 1);
}

/* Over a filtered list: a group's heading stands above the first role
 * kept, and a group with none kept has no heading. */
static void
test_filtered (void)
{
  g_autoptr (LadderFamily) family = make_family ();
  g_autoptr (GListStore) kept = g_list_store_new (LADDER_TYPE_ROLE);
  g_autoptr (LadderRoleGroups) groups = ladder_role_groups_new (family, G_LIST_MODEL (kept));
  g_autoptr (LadderRole) senior = g_list_model_get_item (ladder_family_get_roles (family), 2);
  g_autoptr (LadderRole) databases = g_list_model_get_item (ladder_family_get_roles (family), 3);
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (groups)), ==, 0);

  g_list_store_append (kept, senior);
  one = describe (G_LIST_MODEL (groups));
  g_assert_cmpstr (one, ==, "#Levels|Senior Engineer");

  g_list_store_remove (kept, 0);
  g_list_store_append (kept, databases);
  two = describe (G_LIST_MODEL (groups));
  g_assert_cmpstr (two, ==, "#Specialties|Databases");
  g_assert_false (ladder_role_groups_find (groups, senior, NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/role-groups/headings", test_headings);
  g_test_add_func ("/role-groups/changes-are-one-span", test_changes_are_one_span);
  g_test_add_func ("/role-groups/refresh", test_refresh);
  g_test_add_func ("/role-groups/filtered", test_filtered);

  return g_test_run ();
}
