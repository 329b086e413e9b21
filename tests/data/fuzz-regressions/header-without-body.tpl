group: x
letters: 2

[1] 2/2 heading
