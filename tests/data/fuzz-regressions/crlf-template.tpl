group: x
letters: 1

[1] 1/1 table
a	b
