# Modality markers. A marker found before an event's trigger, within its clause, sets the
# event's modality; when several apply the strongest wins: cancelled, negated, possible,
# planned. "near" markers must stand within three words of the trigger ("did not meet").
# Meetings with modality planned or possible are coded 036 (intent to meet), as the
# coding conventions require.
# modality | phrases | scope
[modality]
planned | will; 'll; shall; going to; plan to; plans to; planned to; planning to; agreed to; agree to; agrees to; have agreed to; has agreed to; scheduled to; is scheduled; are scheduled; set to; is set to; are set to; expected to; is expected to; are expected to; due to; is due to; are due to; intend to; intends to; intended to; aim to; aims to; to hold; upcoming; planned; proposed; future; forthcoming; in preparation for; preparations for; ahead of; said it would; said they would; said he would; said she would; would hold; is to; are to; prepared to; ready to; promised to; pledged to; vowed to | before
possible | could; may; might; would; possible; possibly; probably; likely; likely to; perhaps; considering; consider; considers; mulling; weighing; hopes to; hope to; hoped to; wants to; want to; wanted to; offered to; offer to; offers to; seeking to; seeks to; sought to; trying to; tries to; try to; invited; might be; potential | before
negated | not; n't; never; no; without; avoid; avoiding; to avoid; stopped short of; stop short of; stops short of; refused to; refuses to; refuse to; declined to; declines to; decline to; failed to; fails to; denied; denies; ruled out; rules out; no plans to; instead of; rather than; did not; does not; do not; has not; have not; had not | near
cancelled | called off; call off; calls off; cancelled; canceled; cancels; cancel; postponed; postpones; postpone; backed out of; backing out of; backs out of; back out of; pulled out of; pulling out of; skipped; skipping; skips; skip; scrapped; scraps; put off; delayed; delays; abandoned; had been due to; had been scheduled to; had been expected to; had been set to; was to have; were to have; was supposed to; were supposed to; had been supposed to | before
