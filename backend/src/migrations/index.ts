// Every migration, in order. A new one is generated with `npm run migration:generate -w backend -- src/migrations/Name`
// and added here; CI's drift check fails when the entities need a migration that does not exist.
import { Initial1795522471476 } from './1795522471476-Initial';
import { Deliveries1795522872901 } from './1795522872901-Deliveries';
import { NotificationsAndBookings1795523859095 } from './1795523859095-NotificationsAndBookings';
import { MatchWaves1795577651060 } from './1795577651060-MatchWaves';
import { GigsCore1795579279728 } from './1795579279728-GigsCore';
import { AfterTheGig1795584327268 } from './1795584327268-AfterTheGig';
import { ArrivalOrder1795589041352 } from './1795589041352-ArrivalOrder';
import { WorkProfile1795590528713 } from './1795590528713-WorkProfile';
import { Earnings1795591545624 } from './1795591545624-Earnings';
import { SeekerCoordinators1795592971431 } from './1795592971431-SeekerCoordinators';
import { LimitAlerts1795597499064 } from './1795597499064-LimitAlerts';
import { AccountSecurity1795599653516 } from './1795599653516-AccountSecurity';
import { EarningsModesTotals1795599661047 } from './1795599661047-EarningsModesTotals';
import { CoordInPersonAndPath1795599875722 } from './1795599875722-CoordInPersonAndPath';
import { CoordAuditAndPause1795600969265 } from './1795600969265-CoordAuditAndPause';
import { HelpCards1795600993982 } from './1795600993982-HelpCards';
import { CoordFigureIndexes1795602024270 } from './1795602024270-CoordFigureIndexes';
import { CoordWorkAbility1795602522250 } from './1795602522250-CoordWorkAbility';
import { FreedPlaceWaves1795602749436 } from './1795602749436-FreedPlaceWaves';
import { HomePointDistance1795604559072 } from './1795604559072-HomePointDistance';
import { PrivacyErasure1795604657955 } from './1795604657955-PrivacyErasure';
import { SessionChangeNotify1796616425258 } from './1796616425258-SessionChangeNotify';
import { ErasureQueueScrub1796617843341 } from './1796617843341-ErasureQueueScrub';
import { MatchesSeekerTold1796619969919 } from './1796619969919-MatchesSeekerTold';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  Initial1795522471476,
  Deliveries1795522872901,
  NotificationsAndBookings1795523859095,
  MatchWaves1795577651060,
  GigsCore1795579279728,
  AfterTheGig1795584327268,
  ArrivalOrder1795589041352,
  WorkProfile1795590528713,
  Earnings1795591545624,
  SeekerCoordinators1795592971431,
  LimitAlerts1795597499064,
  AccountSecurity1795599653516,
  EarningsModesTotals1795599661047,
  CoordInPersonAndPath1795599875722,
  CoordAuditAndPause1795600969265,
  HelpCards1795600993982,
  CoordFigureIndexes1795602024270,
  CoordWorkAbility1795602522250,
  FreedPlaceWaves1795602749436,
  HomePointDistance1795604559072,
  PrivacyErasure1795604657955,
  SessionChangeNotify1796616425258,
  ErasureQueueScrub1796617843341,
  MatchesSeekerTold1796619969919,
];
