-- One local copy of a contract: funding-service keeps contract_profile (V3 and later), fed by cls.contract.events.
-- contract_reference was a second copy filled by the shared contract-references module that nothing read any more.
drop table contract_reference;
delete from processed_event where consumer = 'funding-service.contract-references';
