# letterdiff template for the 2020 letters, learnt from 1 letter.
# Each paragraph opens with "[n] support kind": support is how many of those letters carry it;
# "optional" after it marks a standard paragraph only some letters carry.
# {{name:type}} marks a slot: one value that changes from letter to letter (types: number,
# percentage, money, date, month, year, person, organisation, role, name), never a phrase.
# Paragraphs are separated by one blank line; edit the wording freely (learn then keeps your edits).
group: 2020
letters: 1

[1] 1/1 text
Local Government & Social Care OMBUDSMAN

[2] 1/1 text
{{date:date}}

[3] 1/1 text
By email

[4] 1/1 text
{{recipient:person}} {{role:role}} {{council:organisation}}

[5] 1/1 text
Dear {{recipient:person}}

[6] 1/1 heading
Annual Review letter 2020

[7] 1/1 text
I write to you with our annual summary of statistics on the decisions made by the Local Government and Social Care Ombudsman about your authority for the year ending 31 March 2020. Given the exceptional pressures under which local authorities have been working over recent months, I thought carefully about whether it was still appropriate to send you this annual update. However, now, more than ever, I believe that it is essential that the public experience of local services is at the heart of our thinking. So, I hope that this feedback, which provides unique insight into the lived experience of your Council's services, will be useful as you continue to deal with the current situation and plan for the future.

[8] 1/1 heading
Complaint statistics

[9] 1/1 text
This year, we continue to place our focus on the outcomes of complaints and what can be learned from them. We want to provide you with the most insightful information we can and have made several changes over recent years to improve the data we capture and report. We focus our statistics on these three key areas:

[10] 1/1 text
Complaints upheld - We uphold complaints when we find some form of fault in an authority's actions, including where the authority accepted fault before we investigated. A focus on how often things go wrong, rather than simple volumes of complaints provides a clearer indicator of performance.

[11] 1/1 text
Compliance with recommendations - We recommend ways for authorities to put things right when faults have caused injustice. Our recommendations try to put people back in the position they were before the fault and we monitor authorities to ensure they comply with our recommendations. Failure to comply with our recommendations is rare. An authority with a compliance rate below 100% should scrutinise those complaints where it failed to comply and identify any learning.

[12] 1/1 text
Satisfactory remedies provided by the authority - We want to encourage the early resolution of complaints and to credit authorities that have a positive and open approach to resolving complaints. We recognise cases where an authority has taken steps to put things right before the complaint came to us. The authority upheld the complaint and we agreed with how it offered to put things right.

[13] 1/1 text
Finally, we compare the three key annual statistics for your authority with similar types of authorities to work out an average level of performance. We do this for County Councils, District Councils, Metropolitan Boroughs, Unitary Councils, and London Boroughs.

[14] 1/1 text
This data will be uploaded to our interactive map, Your council's performance, along with a copy of this letter on 29 July 2020, and our Review of Local Government Complaints. For further information on how to interpret our statistics, please visit our website.

[15] 1/1 heading
Resources to help you get it right

[16] 1/1 text
There are a range of resources available that can support you to place the learning from complaints, about your authority and others, at the heart of your system of corporate governance. Your council's performance launched last year and puts our data and information about councils in one place. Again, the emphasis is on learning, not numbers. You can find the decisions we have made, public reports we have issued, and the service improvements your Council has agreed to make as a result of our investigations, as well as previous annual review letters.

[17] 1/1 text
I would encourage you to share the tool with colleagues and elected members; the information can provide valuable insights into service areas, early warning signs of problems and is a key source of information for governance, audit, risk and scrutiny functions.

[18] 1/1 text
Earlier this year, we held our link officer seminars in London, Bristol, Leeds and Birmingham. Attended by 178 delegates from 143 local authorities, we focused on maximising the impact of complaints, making sure the right person is involved with complaints at the right time, and how to overcome common challenges.

[19] 1/1 text
We have a well-established and successful training programme supporting local authorities and independent care providers to help improve local complaint handling. During the year, we delivered 118 courses, training more than 1,400 people. This is 47 more courses than we delivered last year and included more training to adult social care providers than ever before. To find out more visit www.lgo.org.uk/training.

[20] 1/1 text
Yours sincerely,

[21] 1/1 text
Michael King Local Government and Social Care Ombudsman Chair, Commission for Local Administration in England

# letterdiff checksum (learn replaces this file only while it matches): dee86fb2cf85b3d2
