// The benchmark executable: see README ("Benchmark").
print("legalref-bench: not built yet")
