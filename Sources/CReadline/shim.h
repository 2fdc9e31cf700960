// Umbrella header for GNU readline (libreadline-dev on Debian and Ubuntu).
// readline.h needs stdio.h first for FILE.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
