-- Timeline events became typed: pupils are referred to by their internal id (so retention can cut the
-- link without touching the event), and the record type of conversations and measures has its own key.
update timeline_event e set data = jsonb_set(e.data, '{studentId}', to_jsonb(s.id::text))
from student s
where e.data ? 'studentId' and e.data ->> 'studentId' = s.external_id;

update timeline_event set data = (data - 'type') || jsonb_build_object('conversationType', data -> 'type')
where type = 'CONVERSATION_RECORDED' and data ? 'type';

update timeline_event set data = (data - 'type') || jsonb_build_object('measureType', data -> 'type')
where type = 'MEASURE_RECORDED' and data ? 'type';
