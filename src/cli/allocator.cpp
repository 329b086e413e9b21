// jemalloc's settings for this program, read when it starts (the MALLOC_CONF
// environment variable still overrides them). A run faults in a few hundred
// megabytes of fresh pages, and on a virtual machine each 4 KiB fault is dear:
// huge pages, and freed pages kept for reuse rather than handed back and faulted
// in again, make a 10,000-letter site about a quarter faster. Memory peaks no higher.
#ifdef LETTERDIFF_JEMALLOC
extern "C" {
// NOLINTNEXTLINE: the name and type jemalloc looks for
const char* malloc_conf = "thp:always,metadata_thp:always,dirty_decay_ms:-1,muzzy_decay_ms:-1";
}
#endif
