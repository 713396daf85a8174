// usage: probe ICUNAME < bytes ; prints per-byte result for single bytes 0..255: hex of UTF-8 or ERR
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <cstdio>
#include <string>
int main(int argc, char** argv) {
  UErrorCode st = U_ZERO_ERROR;
  UConverter* c = ucnv_open(argv[1], &st);
  if (U_FAILURE(st)) { printf("NOCONV\n"); return 0; }
  printf("CANON %s\n", ucnv_getName(c, &st));
  for (int b = 0; b < 256; ++b) {
    st = U_ZERO_ERROR;
    ucnv_reset(c);
    ucnv_setToUCallBack(c, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &st);
    char in = (char)b; UChar out[8]; UChar* t = out; const char* s = &in;
    ucnv_toUnicode(c, &t, out + 8, &s, &in + 1, nullptr, true, &st);
    if (U_FAILURE(st)) { printf("ERR\n"); continue; }
    for (UChar* p = out; p < t; ++p) printf("%04X", *p);
    printf("\n");
  }
}
