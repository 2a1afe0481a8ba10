#pragma once
#define GETTEXT_PACKAGE "ladder"
#define LOCALEDIR "/usr/share/locale"
#define PACKAGE_VERSION "fuzz"
#define APPLICATION_ID "io.gitlab.jobladder.Ladder"
