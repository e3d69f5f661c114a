// The system zlib, used to inflate .docx (zip) members.
#include <zlib.h>
