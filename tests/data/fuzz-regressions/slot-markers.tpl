group: x
letters: 1

[1] 1/1 text
{{a:b}}{{{{c:d}}}} {{}} {{e:f
