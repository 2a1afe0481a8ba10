/* test-role-choices.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The choices of "extends": the family's roles that have a title, in the
 * family's order, but for the role left out. A list that follows the
 * model's changes, as a view does, always holds what the model holds; and
 * leaving out another role is told as two changes of one item each, not as
 * the whole list again.
 */

#include "ladder-family.h"
#include "ladder-role-choices.h"

typedef struct
{
  GListModel *model;
  GPtrArray  *mirror;
  guint       n_changes;
  guint       n_items_told;
} Follower;

/* Applies a change as a view would: the items added are read from the
 * model as it is when told. */
static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, Follower *follower)
{
  g_assert_cmpuint (position + removed, <=, follower->mirror->len);
  g_ptr_array_remove_range (follower->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (model, position + i);

      g_assert_nonnull (role);
      g_ptr_array_insert (follower->mirror, (int) (position + i), role);
    }
  g_assert_cmpuint (follower->mirror->len, ==, g_list_model_get_n_items (model));
  follower->n_changes++;
  follower->n_items_told += removed + added;
}

static void
follow (Follower *follower, GListModel *model)
{
  follower->model = model;
  follower->mirror = g_ptr_array_new ();
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), follower);
}

static void
unfollow (Follower *follower)
{
  g_signal_handlers_disconnect_by_data (follower->model, follower);
  g_ptr_array_unref (follower->mirror);
}

/* What the choices should be, worked out the slow way. */
static void
assert_choices (LadderRoleChoices *choices, LadderFamily *family, Follower *follower)
{
  GListModel *roles = ladder_family_get_roles (family);
  LadderRole *left_out = ladder_role_choices_get_left_out (choices);
  guint       n_roles = g_list_model_get_n_items (roles);
  guint       next = 0;

  for (guint i = 0; i < n_roles; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);
      g_autoptr (LadderRole) choice = NULL;

      if (role == left_out || *ladder_role_get_title (role) == '\0')
        continue;

      choice = g_list_model_get_item (G_LIST_MODEL (choices), next);
      g_assert_true (choice == role);
      g_assert_cmpuint (next, <, follower->mirror->len);
      g_assert_true (g_ptr_array_index (follower->mirror, next) == role);
      next++;
    }

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (choices)), ==, next);
  g_assert_cmpuint (follower->mirror->len, ==, next);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (choices), next));
}

static LadderFamily *
make_family (guint n_roles)
{
  LadderFamily *family = ladder_family_new ();

  for (guint i = 0; i < n_roles; i++)
    {
      g_autofree char *title = g_strdup_printf ("Engineer, Level %u", i + 1);
      g_autoptr (LadderRole) role = ladder_role_new (i % 7 == 3 ? "" : title);

      ladder_family_append_role (family, role);
    }

  return family;
}

static void
test_leave_out_each_role (void)
{
  g_autoptr (LadderFamily) family = make_family (40);
  g_autoptr (LadderRoleChoices) choices = ladder_role_choices_new ();
  GListModel *roles = ladder_family_get_roles (family);
  Follower    follower = { 0 };

  follow (&follower, G_LIST_MODEL (choices));
  ladder_role_choices_set_roles (choices, roles);
  assert_choices (choices, family, &follower);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);
      guint    was_told = follower.n_items_told;
      guint    was_changes = follower.n_changes;
      gboolean had_left_out
          = ladder_role_choices_get_left_out (choices) != NULL
            && *ladder_role_get_title (ladder_role_choices_get_left_out (choices)) != '\0';

      ladder_role_choices_set_left_out (choices, role);
      assert_choices (choices, family, &follower);

      /* One role put back, one left out: never the whole list. */
      g_assert_cmpuint (follower.n_items_told - was_told, ==,
                        (had_left_out ? 1 : 0) + (*ladder_role_get_title (role) != '\0' ? 1 : 0));
      g_assert_cmpuint (follower.n_changes - was_changes, <=, 2);
    }

  ladder_role_choices_set_left_out (choices, NULL);
  assert_choices (choices, family, &follower);

  unfollow (&follower);
}

static void
test_follows_the_family (void)
{
  g_autoptr (LadderFamily) family = make_family (12);
  g_autoptr (LadderRoleChoices) choices = ladder_role_choices_new ();
  GListModel *roles = ladder_family_get_roles (family);
  g_autoptr (LadderRole) shown = g_list_model_get_item (roles, 5);
  g_autoptr (LadderRole) other = g_list_model_get_item (roles, 8);
  g_autoptr (LadderRole) untitled = g_list_model_get_item (roles, 3);
  g_autoptr (LadderRole) added = ladder_role_new ("Staff Engineer");
  Follower follower = { 0 };

  follow (&follower, G_LIST_MODEL (choices));
  ladder_role_choices_set_roles (choices, roles);
  ladder_role_choices_set_left_out (choices, shown);
  assert_choices (choices, family, &follower);

  /* A title emptied, then one given: seen once refreshed. */
  ladder_role_set_title (other, "");
  ladder_role_choices_refresh (choices);
  assert_choices (choices, family, &follower);
  ladder_role_set_title (untitled, "Intern");
  ladder_role_choices_refresh (choices);
  assert_choices (choices, family, &follower);

  /* A title changed but not emptied changes nothing: no change told. */
  {
    guint was_changes = follower.n_changes;

    ladder_role_set_title (shown, "Principal Engineer");
    ladder_role_choices_refresh (choices);
    g_assert_cmpuint (follower.n_changes, ==, was_changes);
  }

  /* Roles added, moved and removed: followed without being asked. */
  ladder_family_insert_role (family, 2, added);
  assert_choices (choices, family, &follower);
  ladder_family_remove_role (family, 0);
  assert_choices (choices, family, &follower);
  ladder_family_move_role (family, 0, 6);
  assert_choices (choices, family, &follower);
  {
    guint position;

    g_assert_true (g_list_store_find (G_LIST_STORE (roles), shown, &position));
    ladder_family_remove_role (family, position);
  }
  assert_choices (choices, family, &follower);

  /* The role left out is gone from the family: nothing is left out, and
   * it comes back in where it is added again. */
  ladder_family_append_role (family, shown);
  assert_choices (choices, family, &follower);
  g_assert_true (ladder_role_choices_get_left_out (choices) == shown);

  /* No roles at all. */
  ladder_role_choices_set_roles (choices, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (choices)), ==, 0);
  g_assert_cmpuint (follower.mirror->len, ==, 0);

  unfollow (&follower);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/role-choices/leave-out-each-role", test_leave_out_each_role);
  g_test_add_func ("/role-choices/follows-the-family", test_follows_the_family);

  return g_test_run ();
}
